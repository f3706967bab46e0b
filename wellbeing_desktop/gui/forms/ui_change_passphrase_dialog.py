# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_passphrase_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ChangePassphraseDialog(object):
    def setupUi(self, ChangePassphraseDialog):
        if not ChangePassphraseDialog.objectName():
            ChangePassphraseDialog.setObjectName(u"ChangePassphraseDialog")
        ChangePassphraseDialog.resize(520, 10)
        ChangePassphraseDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(ChangePassphraseDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 14)
        self.headingLabel = QLabel(ChangePassphraseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(ChangePassphraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseForm.setVerticalSpacing(10)
        self.currentLabel = QLabel(ChangePassphraseDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(ChangePassphraseDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.guidanceLabel = QLabel(ChangePassphraseDialog)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.guidanceLabel)

        self.newLabel = QLabel(ChangePassphraseDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(ChangePassphraseDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.confirmLabel = QLabel(ChangePassphraseDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passphraseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(ChangePassphraseDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.mainLayout.addLayout(self.passphraseForm)

        self.showPassphraseCheck = QCheckBox(ChangePassphraseDialog)
        self.showPassphraseCheck.setObjectName(u"showPassphraseCheck")

        self.mainLayout.addWidget(self.showPassphraseCheck)

        self.capsLockLabel = QLabel(ChangePassphraseDialog)
        self.capsLockLabel.setObjectName(u"capsLockLabel")
        self.capsLockLabel.setWordWrap(True)
        self.capsLockLabel.setVisible(False)

        self.mainLayout.addWidget(self.capsLockLabel)

        self.errorLabel = QLabel(ChangePassphraseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.doneLabel = QLabel(ChangePassphraseDialog)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setVisible(False)

        self.mainLayout.addWidget(self.doneLabel)

        self.busyBar = QProgressBar(ChangePassphraseDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ChangePassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.showPassphraseCheck)
        QWidget.setTabOrder(self.showPassphraseCheck, self.buttonBox)

        self.retranslateUi(ChangePassphraseDialog)

        QMetaObject.connectSlotsByName(ChangePassphraseDialog)
    # setupUi

    def retranslateUi(self, ChangePassphraseDialog):
        ChangePassphraseDialog.setWindowTitle(QCoreApplication.translate("ChangePassphraseDialog", u"Change your passphrase", None))
        self.headingLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Change your passphrase", None))
        self.introLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Your diary stays exactly as it is: only the lock on it changes. Your recovery key, if you made one, keeps working.", None))
        self.currentLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Current passphrase", None))
#if QT_CONFIG(accessibility)
        self.currentEdit.setAccessibleDescription(QCoreApplication.translate("ChangePassphraseDialog", u"The passphrase you use now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currentEdit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.guidanceLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"A good passphrase is long and easy for you to remember: four or five ordinary words that mean something only to you works well.", None))
        self.newLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"New passphrase", None))
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleDescription(QCoreApplication.translate("ChangePassphraseDialog", u"A few words only you know; longer is stronger", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Type it again", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleDescription(QCoreApplication.translate("ChangePassphraseDialog", u"The new passphrase once more, to be sure it is right", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showPassphraseCheck.setAccessibleDescription(QCoreApplication.translate("ChangePassphraseDialog", u"When ticked, shows the passphrases as you type, so you can check them", None))
#endif // QT_CONFIG(accessibility)
        self.showPassphraseCheck.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Show passphrases", None))
        self.capsLockLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Caps Lock seems to be on.", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.doneLabel.setText("")
#if QT_CONFIG(accessibility)
        self.doneLabel.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

