# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_JournalImportDialog(object):
    def setupUi(self, JournalImportDialog):
        if not JournalImportDialog.objectName():
            JournalImportDialog.setObjectName(u"JournalImportDialog")
        JournalImportDialog.resize(600, 10)
        JournalImportDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(JournalImportDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 14)
        self.headingLabel = QLabel(JournalImportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(JournalImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.chooseForm = QFormLayout()
        self.chooseForm.setObjectName(u"chooseForm")
        self.sourceLabel = QLabel(JournalImportDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.chooseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceColumn = QVBoxLayout()
        self.sourceColumn.setSpacing(4)
        self.sourceColumn.setObjectName(u"sourceColumn")
        self.sourceCombo = QComboBox(JournalImportDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.sourceColumn.addWidget(self.sourceCombo)

        self.hintLabel = QLabel(JournalImportDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"hint")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sourceColumn.addWidget(self.hintLabel)


        self.chooseForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sourceColumn)

        self.fileLabel = QLabel(JournalImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.chooseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(JournalImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseFileButton = QPushButton(JournalImportDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileRow.addWidget(self.chooseFileButton)


        self.chooseForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.mainLayout.addLayout(self.chooseForm)

        self.previewGroup = QGroupBox(JournalImportDialog)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewLayout = QVBoxLayout(self.previewGroup)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLabel = QLabel(self.previewGroup)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewLabel)


        self.mainLayout.addWidget(self.previewGroup)

        self.errorLabel = QLabel(JournalImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.doneLabel = QLabel(JournalImportDialog)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setVisible(False)

        self.mainLayout.addWidget(self.doneLabel)

        self.busyBar = QProgressBar(JournalImportDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(JournalImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sourceCombo, self.chooseFileButton)
        QWidget.setTabOrder(self.chooseFileButton, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.buttonBox)

        self.retranslateUi(JournalImportDialog)

        QMetaObject.connectSlotsByName(JournalImportDialog)
    # setupUi

    def retranslateUi(self, JournalImportDialog):
        JournalImportDialog.setWindowTitle(QCoreApplication.translate("JournalImportDialog", u"Import from another journal", None))
        self.headingLabel.setText(QCoreApplication.translate("JournalImportDialog", u"Bring your journal", None))
        self.introLabel.setText(QCoreApplication.translate("JournalImportDialog", u"Bring what you wrote in another app into your vault. You will see what would come in before anything is written, and importing the same file again never adds anything twice.", None))
        self.sourceLabel.setText(QCoreApplication.translate("JournalImportDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleDescription(QCoreApplication.translate("JournalImportDialog", u"jrnl, Day One or Daylio: choose it before the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("JournalImportDialog", u"The app your journal comes from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("JournalImportDialog", u"How to export from that app", None))
#endif // QT_CONFIG(accessibility)
        self.fileLabel.setText(QCoreApplication.translate("JournalImportDialog", u"F&ile", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("JournalImportDialog", u"No file chosen yet", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("JournalImportDialog", u"The export file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chooseFileButton.setAccessibleDescription(QCoreApplication.translate("JournalImportDialog", u"Opens a window to find the file you exported", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFileButton.setText(QCoreApplication.translate("JournalImportDialog", u"&Choose file\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseFileButton.setAccessibleName(QCoreApplication.translate("JournalImportDialog", u"Choose the export file", None))
#endif // QT_CONFIG(accessibility)
        self.previewGroup.setTitle(QCoreApplication.translate("JournalImportDialog", u"What importing would do", None))
        self.previewLabel.setText(QCoreApplication.translate("JournalImportDialog", u"Choose a file to see what is in it. Nothing is written yet.", None))
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("JournalImportDialog", u"What importing would do", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("JournalImportDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.doneLabel.setText("")
#if QT_CONFIG(accessibility)
        self.doneLabel.setAccessibleName(QCoreApplication.translate("JournalImportDialog", u"What was imported", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("JournalImportDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

