# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_UnlockView(object):
    def setupUi(self, UnlockView):
        if not UnlockView.objectName():
            UnlockView.setObjectName(u"UnlockView")
        self.mainLayout = QVBoxLayout(UnlockView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.topSpacer)

        self.centreRow = QHBoxLayout()
        self.centreRow.setObjectName(u"centreRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.leftSpacer)

        self.card = QFrame(UnlockView)
        self.card.setObjectName(u"card")
        self.card.setMaximumSize(QSize(520, 16777215))
        self.card.setFrameShape(QFrame.Shape.NoFrame)
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.headingLabel = QLabel(self.card)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(self.card)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.introLabel)

        self.passphraseEdit = QLineEdit(self.card)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.cardLayout.addWidget(self.passphraseEdit)

        self.showPassphraseCheck = QCheckBox(self.card)
        self.showPassphraseCheck.setObjectName(u"showPassphraseCheck")

        self.cardLayout.addWidget(self.showPassphraseCheck)

        self.capsLockLabel = QLabel(self.card)
        self.capsLockLabel.setObjectName(u"capsLockLabel")
        self.capsLockLabel.setWordWrap(True)
        self.capsLockLabel.setVisible(False)

        self.cardLayout.addWidget(self.capsLockLabel)

        self.errorLabel = QLabel(self.card)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.cardLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(self.card)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setVisible(False)

        self.cardLayout.addWidget(self.busyBar)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonRow.addWidget(self.unlockButton)


        self.cardLayout.addLayout(self.buttonRow)

        self.vaultLabel = QLabel(self.card)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setText(u"vault")
        self.vaultLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.vaultLabel)


        self.centreRow.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.rightSpacer)


        self.mainLayout.addLayout(self.centreRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(UnlockView)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockView)
    # setupUi

    def retranslateUi(self, UnlockView):
        UnlockView.setWindowTitle(QCoreApplication.translate("UnlockView", u"Unlock", None))
        self.headingLabel.setText(QCoreApplication.translate("UnlockView", u"Welcome back", None))
        self.introLabel.setText(QCoreApplication.translate("UnlockView", u"Type your passphrase to open your diary.", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("UnlockView", u"Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockView", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleDescription(QCoreApplication.translate("UnlockView", u"The passphrase you chose when you made your vault", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showPassphraseCheck.setAccessibleDescription(QCoreApplication.translate("UnlockView", u"When ticked, shows the passphrase as you type, so you can check it", None))
#endif // QT_CONFIG(accessibility)
        self.showPassphraseCheck.setText(QCoreApplication.translate("UnlockView", u"Show passphrase", None))
        self.capsLockLabel.setText(QCoreApplication.translate("UnlockView", u"Caps Lock seems to be on.", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("UnlockView", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("UnlockView", u"Working", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleDescription(QCoreApplication.translate("UnlockView", u"Opens your vault with the passphrase you typed", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("UnlockView", u"Unlock", None))
    # retranslateUi

