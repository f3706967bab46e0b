# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rotate_key_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_RotateKeyDialog(object):
    def setupUi(self, RotateKeyDialog):
        if not RotateKeyDialog.objectName():
            RotateKeyDialog.setObjectName(u"RotateKeyDialog")
        RotateKeyDialog.resize(560, 10)
        RotateKeyDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(RotateKeyDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 14)
        self.headingLabel = QLabel(RotateKeyDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.whyLabel = QLabel(RotateKeyDialog)
        self.whyLabel.setObjectName(u"whyLabel")
        self.whyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.whyLabel)

        self.protectsLabel = QLabel(RotateKeyDialog)
        self.protectsLabel.setObjectName(u"protectsLabel")
        self.protectsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.protectsLabel)

        self.tradeOffLabel = QLabel(RotateKeyDialog)
        self.tradeOffLabel.setObjectName(u"tradeOffLabel")
        self.tradeOffLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.tradeOffLabel)

        self.timeLabel = QLabel(RotateKeyDialog)
        self.timeLabel.setObjectName(u"timeLabel")
        self.timeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.timeLabel)

        self.recoveryLabel = QLabel(RotateKeyDialog)
        self.recoveryLabel.setObjectName(u"recoveryLabel")
        self.recoveryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.recoveryLabel)

        self.backupsLabel = QLabel(RotateKeyDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")
        self.backupsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.backupsLabel)

        self.passphraseStaysLabel = QLabel(RotateKeyDialog)
        self.passphraseStaysLabel.setObjectName(u"passphraseStaysLabel")
        self.passphraseStaysLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.passphraseStaysLabel)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseLabel = QLabel(RotateKeyDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(RotateKeyDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.mainLayout.addLayout(self.passphraseForm)

        self.capsLockLabel = QLabel(RotateKeyDialog)
        self.capsLockLabel.setObjectName(u"capsLockLabel")
        self.capsLockLabel.setWordWrap(True)
        self.capsLockLabel.setVisible(False)

        self.mainLayout.addWidget(self.capsLockLabel)

        self.errorLabel = QLabel(RotateKeyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.doneLabel = QLabel(RotateKeyDialog)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setVisible(False)

        self.mainLayout.addWidget(self.doneLabel)

        self.busyBar = QProgressBar(RotateKeyDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RotateKeyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.buttonBox)

        self.retranslateUi(RotateKeyDialog)

        QMetaObject.connectSlotsByName(RotateKeyDialog)
    # setupUi

    def retranslateUi(self, RotateKeyDialog):
        RotateKeyDialog.setWindowTitle(QCoreApplication.translate("RotateKeyDialog", u"Rotate your encryption key", None))
        self.headingLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"Rotate your encryption key", None))
        self.whyLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"Your diary is locked with a secret key, and your passphrase unlocks that key. Changing the passphrase keeps the key. Rotating gives your vault a brand-new key and locks everything again with it.", None))
        self.protectsLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"Do this if someone may have copied your vault's key file (vault.keys) and may also know your passphrase. Afterwards, that copy opens nothing.", None))
        self.tradeOffLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"Good to know before you start:", None))
        self.timeLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"\u2022 It takes a little while for a big diary. Please leave the app open until it is done.", None))
        self.recoveryLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"\u2022 Your recovery key stops working and is removed. You can make a new one in Preferences straight after.", None))
        self.backupsLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"\u2022 Backups you have already made are not changed: they still open with the passphrase they were made with, using their own old key. Make a new backup afterwards if you want one with the new key.", None))
        self.passphraseStaysLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"\u2022 Your passphrase stays the same.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"Your passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleDescription(QCoreApplication.translate("RotateKeyDialog", u"Your passphrase, to show it is you", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("RotateKeyDialog", u"Your passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.capsLockLabel.setText(QCoreApplication.translate("RotateKeyDialog", u"Caps Lock seems to be on.", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RotateKeyDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.doneLabel.setText("")
#if QT_CONFIG(accessibility)
        self.doneLabel.setAccessibleName(QCoreApplication.translate("RotateKeyDialog", u"Done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("RotateKeyDialog", u"Rotating the key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

