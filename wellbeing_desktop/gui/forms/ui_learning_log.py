# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'learning_log.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTreeWidget, QVBoxLayout, QWidget

class Ui_LearningLog(object):
    def setupUi(self, LearningLog):
        if not LearningLog.objectName():
            LearningLog.setObjectName(u"LearningLog")
        self.learningLayout = QVBoxLayout(LearningLog)
        self.learningLayout.setObjectName(u"learningLayout")
        self.learningLayout.setContentsMargins(0, 0, 0, 0)
        self.learningSplitter = QSplitter(LearningLog)
        self.learningSplitter.setObjectName(u"learningSplitter")
        self.learningSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.learningSplitter.setChildrenCollapsible(False)
        self.recordListPanel = QWidget(self.learningSplitter)
        self.recordListPanel.setObjectName(u"recordListPanel")
        self.recordListLayout = QVBoxLayout(self.recordListPanel)
        self.recordListLayout.setSpacing(8)
        self.recordListLayout.setObjectName(u"recordListLayout")
        self.recordListLayout.setContentsMargins(0, 0, 8, 0)
        self.recordList = QTreeWidget(self.recordListPanel)
        self.recordList.setObjectName(u"recordList")
        self.recordList.setRootIsDecorated(False)
        self.recordList.setUniformRowHeights(True)
        self.recordList.setAlternatingRowColors(True)

        self.recordListLayout.addWidget(self.recordList)

        self.recordButtonsRow = QHBoxLayout()
        self.recordButtonsRow.setObjectName(u"recordButtonsRow")
        self.addRecordButton = QPushButton(self.recordListPanel)
        self.addRecordButton.setObjectName(u"addRecordButton")

        self.recordButtonsRow.addWidget(self.addRecordButton)

        self.recordButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordButtonsRow.addItem(self.recordButtonsSpacer)


        self.recordListLayout.addLayout(self.recordButtonsRow)

        self.learningSplitter.addWidget(self.recordListPanel)
        self.recordEditorStack = QStackedWidget(self.learningSplitter)
        self.recordEditorStack.setObjectName(u"recordEditorStack")
        self.recordEmptyPage = QWidget()
        self.recordEmptyPage.setObjectName(u"recordEmptyPage")
        self.recordEmptyLayout = QVBoxLayout(self.recordEmptyPage)
        self.recordEmptyLayout.setObjectName(u"recordEmptyLayout")
        self.recordEmptyLayout.setContentsMargins(16, -1, -1, -1)
        self.recordEmptyTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recordEmptyLayout.addItem(self.recordEmptyTop)

        self.recordEmptyLabel = QLabel(self.recordEmptyPage)
        self.recordEmptyLabel.setObjectName(u"recordEmptyLabel")
        self.recordEmptyLabel.setWordWrap(True)
        self.recordEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.recordEmptyLayout.addWidget(self.recordEmptyLabel)

        self.recordEmptyAddButton = QPushButton(self.recordEmptyPage)
        self.recordEmptyAddButton.setObjectName(u"recordEmptyAddButton")

        self.recordEmptyLayout.addWidget(self.recordEmptyAddButton)

        self.recordEmptyBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recordEmptyLayout.addItem(self.recordEmptyBottom)

        self.recordEditorStack.addWidget(self.recordEmptyPage)
        self.recordEditorPage = QWidget()
        self.recordEditorPage.setObjectName(u"recordEditorPage")
        self.recordEditorLayout = QVBoxLayout(self.recordEditorPage)
        self.recordEditorLayout.setSpacing(6)
        self.recordEditorLayout.setObjectName(u"recordEditorLayout")
        self.recordEditorLayout.setContentsMargins(12, 0, 0, 0)
        self.recordWhenRow = QHBoxLayout()
        self.recordWhenRow.setSpacing(8)
        self.recordWhenRow.setObjectName(u"recordWhenRow")
        self.happenedLabel = QLabel(self.recordEditorPage)
        self.happenedLabel.setObjectName(u"happenedLabel")

        self.recordWhenRow.addWidget(self.happenedLabel)

        self.happenedEdit = QDateEdit(self.recordEditorPage)
        self.happenedEdit.setObjectName(u"happenedEdit")
        self.happenedEdit.setCalendarPopup(True)

        self.recordWhenRow.addWidget(self.happenedEdit)

        self.kindCombo = QComboBox(self.recordEditorPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.recordWhenRow.addWidget(self.kindCombo)

        self.recordWhenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordWhenRow.addItem(self.recordWhenSpacer)


        self.recordEditorLayout.addLayout(self.recordWhenRow)

        self.recordTitleLabel = QLabel(self.recordEditorPage)
        self.recordTitleLabel.setObjectName(u"recordTitleLabel")

        self.recordEditorLayout.addWidget(self.recordTitleLabel)

        self.recordTitleEdit = QLineEdit(self.recordEditorPage)
        self.recordTitleEdit.setObjectName(u"recordTitleEdit")
        self.recordTitleEdit.setMaxLength(500)

        self.recordEditorLayout.addWidget(self.recordTitleEdit)

        self.learnedLabel = QLabel(self.recordEditorPage)
        self.learnedLabel.setObjectName(u"learnedLabel")

        self.recordEditorLayout.addWidget(self.learnedLabel)

        self.learnedEdit = QPlainTextEdit(self.recordEditorPage)
        self.learnedEdit.setObjectName(u"learnedEdit")
        self.learnedEdit.setTabChangesFocus(True)

        self.recordEditorLayout.addWidget(self.learnedEdit)

        self.practiceLabel = QLabel(self.recordEditorPage)
        self.practiceLabel.setObjectName(u"practiceLabel")

        self.recordEditorLayout.addWidget(self.practiceLabel)

        self.practiceEdit = QPlainTextEdit(self.recordEditorPage)
        self.practiceEdit.setObjectName(u"practiceEdit")
        self.practiceEdit.setTabChangesFocus(True)

        self.recordEditorLayout.addWidget(self.practiceEdit)

        self.linkedLabel = QLabel(self.recordEditorPage)
        self.linkedLabel.setObjectName(u"linkedLabel")

        self.recordEditorLayout.addWidget(self.linkedLabel)

        self.linkedList = QListWidget(self.recordEditorPage)
        self.linkedList.setObjectName(u"linkedList")
        self.linkedList.setMaximumSize(QSize(16777215, 96))

        self.recordEditorLayout.addWidget(self.linkedList)

        self.linkRow = QHBoxLayout()
        self.linkRow.setSpacing(6)
        self.linkRow.setObjectName(u"linkRow")
        self.entryCombo = QComboBox(self.recordEditorPage)
        self.entryCombo.setObjectName(u"entryCombo")
        self.entryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.entryCombo.setMinimumContentsLength(16)

        self.linkRow.addWidget(self.entryCombo)

        self.linkButton = QPushButton(self.recordEditorPage)
        self.linkButton.setObjectName(u"linkButton")

        self.linkRow.addWidget(self.linkButton)

        self.unlinkButton = QPushButton(self.recordEditorPage)
        self.unlinkButton.setObjectName(u"unlinkButton")

        self.linkRow.addWidget(self.unlinkButton)

        self.linkRow.setStretch(0, 1)

        self.recordEditorLayout.addLayout(self.linkRow)

        self.recordBottomRow = QHBoxLayout()
        self.recordBottomRow.setObjectName(u"recordBottomRow")
        self.recordSaveStatusLabel = QLabel(self.recordEditorPage)
        self.recordSaveStatusLabel.setObjectName(u"recordSaveStatusLabel")

        self.recordBottomRow.addWidget(self.recordSaveStatusLabel)

        self.recordBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordBottomRow.addItem(self.recordBottomSpacer)

        self.deleteRecordButton = QPushButton(self.recordEditorPage)
        self.deleteRecordButton.setObjectName(u"deleteRecordButton")

        self.recordBottomRow.addWidget(self.deleteRecordButton)


        self.recordEditorLayout.addLayout(self.recordBottomRow)

        self.recordEditorStack.addWidget(self.recordEditorPage)
        self.learningSplitter.addWidget(self.recordEditorStack)

        self.learningLayout.addWidget(self.learningSplitter)

#if QT_CONFIG(shortcut)
        self.happenedLabel.setBuddy(self.happenedEdit)
        self.recordTitleLabel.setBuddy(self.recordTitleEdit)
        self.learnedLabel.setBuddy(self.learnedEdit)
        self.practiceLabel.setBuddy(self.practiceEdit)
        self.linkedLabel.setBuddy(self.linkedList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordList, self.addRecordButton)
        QWidget.setTabOrder(self.addRecordButton, self.recordEmptyAddButton)
        QWidget.setTabOrder(self.recordEmptyAddButton, self.happenedEdit)
        QWidget.setTabOrder(self.happenedEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.recordTitleEdit)
        QWidget.setTabOrder(self.recordTitleEdit, self.learnedEdit)
        QWidget.setTabOrder(self.learnedEdit, self.practiceEdit)
        QWidget.setTabOrder(self.practiceEdit, self.linkedList)
        QWidget.setTabOrder(self.linkedList, self.entryCombo)
        QWidget.setTabOrder(self.entryCombo, self.linkButton)
        QWidget.setTabOrder(self.linkButton, self.unlinkButton)
        QWidget.setTabOrder(self.unlinkButton, self.deleteRecordButton)

        self.retranslateUi(LearningLog)

        QMetaObject.connectSlotsByName(LearningLog)
    # setupUi

    def retranslateUi(self, LearningLog):
        ___qtreewidgetitem = self.recordList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("LearningLog", u"What", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("LearningLog", u"Kind", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("LearningLog", u"When", None))
#if QT_CONFIG(accessibility)
        self.recordList.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"Your learning log notes; choose one to read or change it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordList.setAccessibleName(QCoreApplication.translate("LearningLog", u"Learning log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addRecordButton.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"Adds a new note to your learning log", None))
#endif // QT_CONFIG(accessibility)
        self.addRecordButton.setText(QCoreApplication.translate("LearningLog", u"Add to my learning log", None))
        self.recordEmptyLabel.setText(QCoreApplication.translate("LearningLog", u"Keep a note of what you learn, from a course or from the work itself, and how it changes what you do. It makes appraisals and supervision easier, too.", None))
#if QT_CONFIG(accessibility)
        self.recordEmptyAddButton.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"Adds the first note to your learning log", None))
#endif // QT_CONFIG(accessibility)
        self.recordEmptyAddButton.setText(QCoreApplication.translate("LearningLog", u"Add your first note", None))
        self.happenedLabel.setText(QCoreApplication.translate("LearningLog", u"When", None))
#if QT_CONFIG(accessibility)
        self.happenedEdit.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"When it happened, roughly is fine", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.happenedEdit.setAccessibleName(QCoreApplication.translate("LearningLog", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
        self.happenedEdit.setDisplayFormat(QCoreApplication.translate("LearningLog", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"Training you went on, or something you learned from experience", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("LearningLog", u"Training or experience", None))
#endif // QT_CONFIG(accessibility)
        self.recordTitleLabel.setText(QCoreApplication.translate("LearningLog", u"What it was", None))
#if QT_CONFIG(accessibility)
        self.recordTitleEdit.setAccessibleName(QCoreApplication.translate("LearningLog", u"What it was", None))
#endif // QT_CONFIG(accessibility)
        self.recordTitleEdit.setPlaceholderText(QCoreApplication.translate("LearningLog", u"For example: a listening skills course, or a hard group session", None))
        self.learnedLabel.setText(QCoreApplication.translate("LearningLog", u"What I learned", None))
#if QT_CONFIG(accessibility)
        self.learnedEdit.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"What you took away from it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.learnedEdit.setAccessibleName(QCoreApplication.translate("LearningLog", u"What I learned", None))
#endif // QT_CONFIG(accessibility)
        self.practiceLabel.setText(QCoreApplication.translate("LearningLog", u"How my practice changed", None))
#if QT_CONFIG(accessibility)
        self.practiceEdit.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"What you do differently now, if anything", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.practiceEdit.setAccessibleName(QCoreApplication.translate("LearningLog", u"How my practice changed", None))
#endif // QT_CONFIG(accessibility)
        self.linkedLabel.setText(QCoreApplication.translate("LearningLog", u"From my diary (double-click to open)", None))
#if QT_CONFIG(accessibility)
        self.linkedList.setAccessibleName(QCoreApplication.translate("LearningLog", u"Linked diary entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.linkedList.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"Press Enter or double-click to open the entry in the diary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entryCombo.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"A diary entry this grew out of; its title is shown, never its text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entryCombo.setAccessibleName(QCoreApplication.translate("LearningLog", u"Diary entry to link", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.linkButton.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"Links the diary entry you chose to this note", None))
#endif // QT_CONFIG(accessibility)
        self.linkButton.setText(QCoreApplication.translate("LearningLog", u"Link", None))
#if QT_CONFIG(accessibility)
        self.linkButton.setAccessibleName(QCoreApplication.translate("LearningLog", u"Link this diary entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unlinkButton.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"Takes away the link to the diary entry you chose; the entry itself stays", None))
#endif // QT_CONFIG(accessibility)
        self.unlinkButton.setText(QCoreApplication.translate("LearningLog", u"Unlink", None))
#if QT_CONFIG(accessibility)
        self.unlinkButton.setAccessibleName(QCoreApplication.translate("LearningLog", u"Unlink the chosen diary entry", None))
#endif // QT_CONFIG(accessibility)
        self.recordSaveStatusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.deleteRecordButton.setAccessibleDescription(QCoreApplication.translate("LearningLog", u"Deletes the note you chose", None))
#endif // QT_CONFIG(accessibility)
        self.deleteRecordButton.setText(QCoreApplication.translate("LearningLog", u"Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteRecordButton.setAccessibleName(QCoreApplication.translate("LearningLog", u"Delete this note from the learning log", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

