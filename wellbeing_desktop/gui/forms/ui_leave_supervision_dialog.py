# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_supervision_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLayout, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_LeaveSupervisionDialog(object):
    def setupUi(self, LeaveSupervisionDialog):
        if not LeaveSupervisionDialog.objectName():
            LeaveSupervisionDialog.setObjectName(u"LeaveSupervisionDialog")
        LeaveSupervisionDialog.setModal(True)
        self.mainLayout = QVBoxLayout(LeaveSupervisionDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.introLabel = QLabel(LeaveSupervisionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.passphraseEdit = QLineEdit(LeaveSupervisionDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passphraseEdit)

        self.showPassphraseCheck = QCheckBox(LeaveSupervisionDialog)
        self.showPassphraseCheck.setObjectName(u"showPassphraseCheck")

        self.mainLayout.addWidget(self.showPassphraseCheck)

        self.capsLockLabel = QLabel(LeaveSupervisionDialog)
        self.capsLockLabel.setObjectName(u"capsLockLabel")
        self.capsLockLabel.setWordWrap(True)
        self.capsLockLabel.setVisible(False)

        self.mainLayout.addWidget(self.capsLockLabel)

        self.errorLabel = QLabel(LeaveSupervisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(LeaveSupervisionDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.stayButton = QPushButton(LeaveSupervisionDialog)
        self.stayButton.setObjectName(u"stayButton")
        self.stayButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.stayButton)

        self.leaveButton = QPushButton(LeaveSupervisionDialog)
        self.leaveButton.setObjectName(u"leaveButton")

        self.buttonRow.addWidget(self.leaveButton)


        self.mainLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.passphraseEdit, self.showPassphraseCheck)
        QWidget.setTabOrder(self.showPassphraseCheck, self.stayButton)
        QWidget.setTabOrder(self.stayButton, self.leaveButton)

        self.retranslateUi(LeaveSupervisionDialog)

        self.leaveButton.setDefault(True)


        QMetaObject.connectSlotsByName(LeaveSupervisionDialog)
    # setupUi

    def retranslateUi(self, LeaveSupervisionDialog):
        LeaveSupervisionDialog.setWindowTitle(QCoreApplication.translate("LeaveSupervisionDialog", u"Leave supervision mode", None))
        self.introLabel.setText(QCoreApplication.translate("LeaveSupervisionDialog", u"To go back to the rest of the app, type your passphrase. Until then, only what you brought to supervision can be seen.", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("LeaveSupervisionDialog", u"Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("LeaveSupervisionDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleDescription(QCoreApplication.translate("LeaveSupervisionDialog", u"Your passphrase, so only you can leave supervision mode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showPassphraseCheck.setAccessibleDescription(QCoreApplication.translate("LeaveSupervisionDialog", u"When ticked, shows the passphrase as you type, so you can check it", None))
#endif // QT_CONFIG(accessibility)
        self.showPassphraseCheck.setText(QCoreApplication.translate("LeaveSupervisionDialog", u"Show passphrase", None))
        self.capsLockLabel.setText(QCoreApplication.translate("LeaveSupervisionDialog", u"Caps Lock seems to be on.", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeaveSupervisionDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LeaveSupervisionDialog", u"Checking", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stayButton.setAccessibleDescription(QCoreApplication.translate("LeaveSupervisionDialog", u"Goes back to supervision mode", None))
#endif // QT_CONFIG(accessibility)
        self.stayButton.setText(QCoreApplication.translate("LeaveSupervisionDialog", u"Stay in supervision mode", None))
#if QT_CONFIG(accessibility)
        self.leaveButton.setAccessibleDescription(QCoreApplication.translate("LeaveSupervisionDialog", u"Leaves supervision mode once your passphrase is right", None))
#endif // QT_CONFIG(accessibility)
        self.leaveButton.setText(QCoreApplication.translate("LeaveSupervisionDialog", u"Leave", None))
    # retranslateUi

