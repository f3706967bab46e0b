# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QStackedWidget, QTextBrowser, QToolButton, QVBoxLayout, QWidget

class Ui_EntryEditor(object):
    def setupUi(self, EntryEditor):
        if not EntryEditor.objectName():
            EntryEditor.setObjectName(u"EntryEditor")
        self.editorLayout = QVBoxLayout(EntryEditor)
        self.editorLayout.setSpacing(8)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(6, 12, 16, 12)
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(6)
        self.titleRow.setObjectName(u"titleRow")
        self.titleEdit = QLineEdit(EntryEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.titleRow.addWidget(self.titleEdit)

        self.readButton = QToolButton(EntryEditor)
        self.readButton.setObjectName(u"readButton")
        self.readButton.setCheckable(True)

        self.titleRow.addWidget(self.readButton)

        self.deleteButton = QToolButton(EntryEditor)
        self.deleteButton.setObjectName(u"deleteButton")

        self.titleRow.addWidget(self.deleteButton)


        self.editorLayout.addLayout(self.titleRow)

        self.metaRow = QHBoxLayout()
        self.metaRow.setSpacing(12)
        self.metaRow.setObjectName(u"metaRow")
        self.dateLabel = QLabel(EntryEditor)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setText(u"")

        self.metaRow.addWidget(self.dateLabel)

        self.metaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.metaRow.addItem(self.metaSpacer)

        self.saveStatusLabel = QLabel(EntryEditor)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setText(u"")

        self.metaRow.addWidget(self.saveStatusLabel)


        self.editorLayout.addLayout(self.metaRow)

        self.saveProblemLabel = QLabel(EntryEditor)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setText(u"")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.editorLayout.addWidget(self.saveProblemLabel)

        self.promptPanel = QFrame(EntryEditor)
        self.promptPanel.setObjectName(u"promptPanel")
        self.promptPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.promptLayout = QHBoxLayout(self.promptPanel)
        self.promptLayout.setSpacing(8)
        self.promptLayout.setObjectName(u"promptLayout")
        self.promptLayout.setContentsMargins(10, 8, 6, 8)
        self.promptTextLayout = QVBoxLayout()
        self.promptTextLayout.setSpacing(2)
        self.promptTextLayout.setObjectName(u"promptTextLayout")
        self.promptStepLabel = QLabel(self.promptPanel)
        self.promptStepLabel.setObjectName(u"promptStepLabel")
        self.promptStepLabel.setText(u"")

        self.promptTextLayout.addWidget(self.promptStepLabel)

        self.promptQuestionLabel = QLabel(self.promptPanel)
        self.promptQuestionLabel.setObjectName(u"promptQuestionLabel")
        self.promptQuestionLabel.setText(u"")
        self.promptQuestionLabel.setWordWrap(True)

        self.promptTextLayout.addWidget(self.promptQuestionLabel)

        self.promptHintLabel = QLabel(self.promptPanel)
        self.promptHintLabel.setObjectName(u"promptHintLabel")
        self.promptHintLabel.setText(u"")
        self.promptHintLabel.setWordWrap(True)

        self.promptTextLayout.addWidget(self.promptHintLabel)


        self.promptLayout.addLayout(self.promptTextLayout)

        self.promptButtonLayout = QVBoxLayout()
        self.promptButtonLayout.setSpacing(2)
        self.promptButtonLayout.setObjectName(u"promptButtonLayout")
        self.previousPromptButton = QToolButton(self.promptPanel)
        self.previousPromptButton.setObjectName(u"previousPromptButton")
        self.previousPromptButton.setArrowType(Qt.ArrowType.UpArrow)
        self.previousPromptButton.setAutoRaise(True)

        self.promptButtonLayout.addWidget(self.previousPromptButton)

        self.nextPromptButton = QToolButton(self.promptPanel)
        self.nextPromptButton.setObjectName(u"nextPromptButton")
        self.nextPromptButton.setArrowType(Qt.ArrowType.DownArrow)
        self.nextPromptButton.setAutoRaise(True)

        self.promptButtonLayout.addWidget(self.nextPromptButton)

        self.promptButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.promptButtonLayout.addItem(self.promptButtonSpacer)


        self.promptLayout.addLayout(self.promptButtonLayout)


        self.editorLayout.addWidget(self.promptPanel)

        self.bodyStack = QStackedWidget(EntryEditor)
        self.bodyStack.setObjectName(u"bodyStack")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.bodyStack.sizePolicy().hasHeightForWidth())
        self.bodyStack.setSizePolicy(sizePolicy)
        self.bodyEdit = QPlainTextEdit()
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)
        self.bodyStack.addWidget(self.bodyEdit)
        self.readView = QTextBrowser()
        self.readView.setObjectName(u"readView")
        self.readView.setOpenLinks(False)
        self.readView.setOpenExternalLinks(False)
        self.bodyStack.addWidget(self.readView)

        self.editorLayout.addWidget(self.bodyStack)

        self.detailsLayout = QGridLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setHorizontalSpacing(8)
        self.detailsLayout.setVerticalSpacing(6)
        self.tagsLabel = QLabel(EntryEditor)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.detailsLayout.addWidget(self.tagsLabel, 0, 0, 1, 1)

        self.tagsEdit = QLineEdit(EntryEditor)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.detailsLayout.addWidget(self.tagsEdit, 0, 1, 1, 1)

        self.feelingsLabel = QLabel(EntryEditor)
        self.feelingsLabel.setObjectName(u"feelingsLabel")

        self.detailsLayout.addWidget(self.feelingsLabel, 1, 0, 1, 1)

        self.feelingsEdit = QLineEdit(EntryEditor)
        self.feelingsEdit.setObjectName(u"feelingsEdit")

        self.detailsLayout.addWidget(self.feelingsEdit, 1, 1, 1, 1)

        self.moodLabel = QLabel(EntryEditor)
        self.moodLabel.setObjectName(u"moodLabel")

        self.detailsLayout.addWidget(self.moodLabel, 2, 0, 1, 1)

        self.moodRow = QHBoxLayout()
        self.moodRow.setSpacing(12)
        self.moodRow.setObjectName(u"moodRow")
        self.moodCombo = QComboBox(EntryEditor)
        self.moodCombo.setObjectName(u"moodCombo")

        self.moodRow.addWidget(self.moodCombo)

        self.supervisionCheck = QCheckBox(EntryEditor)
        self.supervisionCheck.setObjectName(u"supervisionCheck")

        self.moodRow.addWidget(self.supervisionCheck)

        self.moodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moodRow.addItem(self.moodSpacer)


        self.detailsLayout.addLayout(self.moodRow, 2, 1, 1, 1)


        self.editorLayout.addLayout(self.detailsLayout)

#if QT_CONFIG(shortcut)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.feelingsLabel.setBuddy(self.feelingsEdit)
        self.moodLabel.setBuddy(self.moodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.readView)
        QWidget.setTabOrder(self.readView, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.feelingsEdit)
        QWidget.setTabOrder(self.feelingsEdit, self.moodCombo)
        QWidget.setTabOrder(self.moodCombo, self.supervisionCheck)
        QWidget.setTabOrder(self.supervisionCheck, self.readButton)
        QWidget.setTabOrder(self.readButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.previousPromptButton)
        QWidget.setTabOrder(self.previousPromptButton, self.nextPromptButton)

        self.retranslateUi(EntryEditor)

        QMetaObject.connectSlotsByName(EntryEditor)
    # setupUi

    def retranslateUi(self, EntryEditor):
        EntryEditor.setWindowTitle(QCoreApplication.translate("EntryEditor", u"Entry", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"Title (optional)", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.readButton.setText(QCoreApplication.translate("EntryEditor", u"Read", None))
#if QT_CONFIG(tooltip)
        self.readButton.setToolTip(QCoreApplication.translate("EntryEditor", u"Show the entry formatted, for reading (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.readButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Read as formatted text", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("EntryEditor", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("EntryEditor", u"Delete this entry (you can undo it)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Delete this entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateLabel.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Written", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveStatusLabel.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Save status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveProblemLabel.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Why the entry could not be saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promptPanel.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Guidance for this step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previousPromptButton.setToolTip(QCoreApplication.translate("EntryEditor", u"Previous step (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousPromptButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Previous step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextPromptButton.setToolTip(QCoreApplication.translate("EntryEditor", u"Next step (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextPromptButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Next step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleDescription(QCoreApplication.translate("EntryEditor", u"Write freely. It saves itself a moment after you stop typing.", None))
#endif // QT_CONFIG(accessibility)
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"Write whatever is on your mind. It is saved as you go.", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Your writing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readView.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Your writing, formatted for reading", None))
#endif // QT_CONFIG(accessibility)
        self.tagsLabel.setText(QCoreApplication.translate("EntryEditor", u"T&ags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"For example: group, phone", None))
#if QT_CONFIG(accessibility)
        self.tagsEdit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Tags, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.feelingsLabel.setText(QCoreApplication.translate("EntryEditor", u"&Feelings", None))
        self.feelingsEdit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"For example: tired, proud", None))
#if QT_CONFIG(accessibility)
        self.feelingsEdit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Feeling words, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.moodLabel.setText(QCoreApplication.translate("EntryEditor", u"&Mood", None))
#if QT_CONFIG(accessibility)
        self.moodCombo.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Mood, from 1 to 10, or not set", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.supervisionCheck.setAccessibleDescription(QCoreApplication.translate("EntryEditor", u"When ticked, this entry goes with you to your next supervision session", None))
#endif // QT_CONFIG(accessibility)
        self.supervisionCheck.setText(QCoreApplication.translate("EntryEditor", u"&Bring to supervision", None))
#if QT_CONFIG(accessibility)
        self.supervisionCheck.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Bring to supervision", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

