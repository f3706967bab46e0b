# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reflection_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

class Ui_ReflectionDialog(object):
    def setupUi(self, ReflectionDialog):
        if not ReflectionDialog.objectName():
            ReflectionDialog.setObjectName(u"ReflectionDialog")
        ReflectionDialog.setMinimumSize(QSize(560, 480))
        self.dialogLayout = QVBoxLayout(ReflectionDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.monthLabel = QLabel(ReflectionDialog)
        self.monthLabel.setObjectName(u"monthLabel")
        self.monthLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.monthLabel)

        self.reflectionIntro = QLabel(ReflectionDialog)
        self.reflectionIntro.setObjectName(u"reflectionIntro")
        self.reflectionIntro.setWordWrap(True)

        self.dialogLayout.addWidget(self.reflectionIntro)

        self.questionsScroll = QScrollArea(ReflectionDialog)
        self.questionsScroll.setObjectName(u"questionsScroll")
        self.questionsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.questionsScroll.setWidgetResizable(True)
        self.questionsBox = QWidget()
        self.questionsBox.setObjectName(u"questionsBox")
        self.questionsLayout = QVBoxLayout(self.questionsBox)
        self.questionsLayout.setSpacing(6)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLayout.setContentsMargins(0, 0, 8, 0)
        self.questionsScroll.setWidget(self.questionsBox)

        self.dialogLayout.addWidget(self.questionsScroll)

        self.noteLabel = QLabel(ReflectionDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(ReflectionDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 90))

        self.dialogLayout.addWidget(self.noteEdit)

        self.buttonBox = QDialogButtonBox(ReflectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.questionsScroll, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(ReflectionDialog)

        QMetaObject.connectSlotsByName(ReflectionDialog)
    # setupUi

    def retranslateUi(self, ReflectionDialog):
        ReflectionDialog.setWindowTitle(QCoreApplication.translate("ReflectionDialog", u"How is the work sitting with you?", None))
        self.monthLabel.setText("")
        self.reflectionIntro.setText("")
#if QT_CONFIG(accessibility)
        self.questionsScroll.setAccessibleName(QCoreApplication.translate("ReflectionDialog", u"Questions", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText("")
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleDescription(QCoreApplication.translate("ReflectionDialog", u"Anything about this month you want to remember. Only you see it.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ReflectionDialog", u"A note about this month (optional)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

