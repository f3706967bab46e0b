# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_vault.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_CreateVaultView(object):
    def setupUi(self, CreateVaultView):
        if not CreateVaultView.objectName():
            CreateVaultView.setObjectName(u"CreateVaultView")
        self.mainLayout = QVBoxLayout(CreateVaultView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.topSpacer)

        self.centreRow = QHBoxLayout()
        self.centreRow.setObjectName(u"centreRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.leftSpacer)

        self.card = QFrame(CreateVaultView)
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

        self.guidanceLabel = QLabel(self.card)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.guidanceLabel)

        self.passphraseEdit = QLineEdit(self.card)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.cardLayout.addWidget(self.passphraseEdit)

        self.confirmEdit = QLineEdit(self.card)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.cardLayout.addWidget(self.confirmEdit)

        self.showPassphraseCheck = QCheckBox(self.card)
        self.showPassphraseCheck.setObjectName(u"showPassphraseCheck")

        self.cardLayout.addWidget(self.showPassphraseCheck)

        self.capsLockLabel = QLabel(self.card)
        self.capsLockLabel.setObjectName(u"capsLockLabel")
        self.capsLockLabel.setWordWrap(True)
        self.capsLockLabel.setVisible(False)

        self.cardLayout.addWidget(self.capsLockLabel)

        self.warningLabel = QLabel(self.card)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.warningLabel)

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

        self.createButton = QPushButton(self.card)
        self.createButton.setObjectName(u"createButton")

        self.buttonRow.addWidget(self.createButton)


        self.cardLayout.addLayout(self.buttonRow)

        self.vaultLabel = QLabel(self.card)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setText(u"vault")
        self.vaultLabel.setWordWrap(True)
        self.vaultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.vaultLabel)


        self.centreRow.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.rightSpacer)


        self.mainLayout.addLayout(self.centreRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(CreateVaultView)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(CreateVaultView)
    # setupUi

    def retranslateUi(self, CreateVaultView):
        CreateVaultView.setWindowTitle(QCoreApplication.translate("CreateVaultView", u"Create your vault", None))
        self.headingLabel.setText(QCoreApplication.translate("CreateVaultView", u"Welcome to Wellbeing Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("CreateVaultView", u"This is your private space for reflection, self-care and supervision. Everything you write stays on this computer, locked with a passphrase only you know.", None))
        self.guidanceLabel.setText(QCoreApplication.translate("CreateVaultView", u"A good passphrase is long and easy for you to remember: four or five ordinary words that mean something only to you works well.", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("CreateVaultView", u"Choose a passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("CreateVaultView", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmEdit.setPlaceholderText(QCoreApplication.translate("CreateVaultView", u"Type it again", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("CreateVaultView", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showPassphraseCheck.setAccessibleDescription(QCoreApplication.translate("CreateVaultView", u"When ticked, shows the passphrase as you type, so you can check it", None))
#endif // QT_CONFIG(accessibility)
        self.showPassphraseCheck.setText(QCoreApplication.translate("CreateVaultView", u"Show passphrase", None))
        self.capsLockLabel.setText(QCoreApplication.translate("CreateVaultView", u"Caps Lock seems to be on.", None))
        self.warningLabel.setText(QCoreApplication.translate("CreateVaultView", u"Please keep your passphrase somewhere safe. If you forget it, nobody can open your diary, not even us, unless you make a recovery key (in Preferences) and keep that safe too.", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("CreateVaultView", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("CreateVaultView", u"Working", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleDescription(QCoreApplication.translate("CreateVaultView", u"Makes your private, encrypted vault with this passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setText(QCoreApplication.translate("CreateVaultView", u"Create my vault", None))
    # retranslateUi

