# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(560, 10)
        RestoreDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(RestoreDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 14)
        self.headingLabel = QLabel(RestoreDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.backupLabel = QLabel(RestoreDialog)
        self.backupLabel.setObjectName(u"backupLabel")
        self.backupLabel.setText(u"backup")
        self.backupLabel.setWordWrap(True)
        self.backupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.backupLabel)

        self.replaceLabel = QLabel(RestoreDialog)
        self.replaceLabel.setObjectName(u"replaceLabel")
        self.replaceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.replaceLabel)

        self.keptLabel = QLabel(RestoreDialog)
        self.keptLabel.setObjectName(u"keptLabel")
        self.keptLabel.setText(u"kept")
        self.keptLabel.setWordWrap(True)
        self.keptLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.keptLabel)

        self.passphraseHintLabel = QLabel(RestoreDialog)
        self.passphraseHintLabel.setObjectName(u"passphraseHintLabel")
        self.passphraseHintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.passphraseHintLabel)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseLabel = QLabel(RestoreDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(RestoreDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.mainLayout.addLayout(self.passphraseForm)

        self.errorLabel = QLabel(RestoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(RestoreDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.buttonBox)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.headingLabel.setText(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.replaceLabel.setText(QCoreApplication.translate("RestoreDialog", u"Your diary, self-care plan and check-ins will be replaced by the ones in this backup. Anything you wrote after the backup was made is not in it.", None))
        self.passphraseHintLabel.setText(QCoreApplication.translate("RestoreDialog", u"Type the passphrase this backup was made with. If you have changed your passphrase since, that is the old one. Afterwards your vault opens with it.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("RestoreDialog", u"The backup's passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleDescription(QCoreApplication.translate("RestoreDialog", u"The passphrase the vault had when this backup was made", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"The backup's passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Checking the passphrase", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

