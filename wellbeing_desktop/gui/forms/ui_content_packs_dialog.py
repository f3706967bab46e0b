# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'content_packs_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ContentPacksDialog(object):
    def setupUi(self, ContentPacksDialog):
        if not ContentPacksDialog.objectName():
            ContentPacksDialog.setObjectName(u"ContentPacksDialog")
        ContentPacksDialog.resize(620, 600)
        ContentPacksDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(ContentPacksDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 14)
        self.introLabel = QLabel(ContentPacksDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.packList = QListWidget(ContentPacksDialog)
        self.packList.setObjectName(u"packList")
        self.packList.setWordWrap(True)
        self.packList.setAlternatingRowColors(True)
        self.packList.setSpacing(6)

        self.mainLayout.addWidget(self.packList)

        self.packDetailsLabel = QLabel(ContentPacksDialog)
        self.packDetailsLabel.setObjectName(u"packDetailsLabel")
        self.packDetailsLabel.setText(u"")
        self.packDetailsLabel.setWordWrap(True)
        self.packDetailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.packDetailsLabel)

        self.packButtons = QHBoxLayout()
        self.packButtons.setObjectName(u"packButtons")
        self.addPackButton = QPushButton(ContentPacksDialog)
        self.addPackButton.setObjectName(u"addPackButton")

        self.packButtons.addWidget(self.addPackButton)

        self.removePackButton = QPushButton(ContentPacksDialog)
        self.removePackButton.setObjectName(u"removePackButton")

        self.packButtons.addWidget(self.removePackButton)

        self.packButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packButtons.addItem(self.packButtonsSpacer)


        self.mainLayout.addLayout(self.packButtons)

        self.myTemplatesLabel = QLabel(ContentPacksDialog)
        self.myTemplatesLabel.setObjectName(u"myTemplatesLabel")

        self.mainLayout.addWidget(self.myTemplatesLabel)

        self.myTemplatesIntroLabel = QLabel(ContentPacksDialog)
        self.myTemplatesIntroLabel.setObjectName(u"myTemplatesIntroLabel")
        self.myTemplatesIntroLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.myTemplatesIntroLabel)

        self.templateList = QListWidget(ContentPacksDialog)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setMaximumSize(QSize(16777215, 120))

        self.mainLayout.addWidget(self.templateList)

        self.templateButtons = QHBoxLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.newTemplateButton = QPushButton(ContentPacksDialog)
        self.newTemplateButton.setObjectName(u"newTemplateButton")

        self.templateButtons.addWidget(self.newTemplateButton)

        self.editTemplateButton = QPushButton(ContentPacksDialog)
        self.editTemplateButton.setObjectName(u"editTemplateButton")

        self.templateButtons.addWidget(self.editTemplateButton)

        self.removeTemplateButton = QPushButton(ContentPacksDialog)
        self.removeTemplateButton.setObjectName(u"removeTemplateButton")

        self.templateButtons.addWidget(self.removeTemplateButton)

        self.templateButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtons.addItem(self.templateButtonsSpacer)

        self.shareButton = QPushButton(ContentPacksDialog)
        self.shareButton.setObjectName(u"shareButton")

        self.templateButtons.addWidget(self.shareButton)


        self.mainLayout.addLayout(self.templateButtons)

        self.statusLabel = QLabel(ContentPacksDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ContentPacksDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.packList, self.addPackButton)
        QWidget.setTabOrder(self.addPackButton, self.removePackButton)
        QWidget.setTabOrder(self.removePackButton, self.templateList)
        QWidget.setTabOrder(self.templateList, self.newTemplateButton)
        QWidget.setTabOrder(self.newTemplateButton, self.editTemplateButton)
        QWidget.setTabOrder(self.editTemplateButton, self.removeTemplateButton)
        QWidget.setTabOrder(self.removeTemplateButton, self.shareButton)

        self.retranslateUi(ContentPacksDialog)
        self.buttonBox.rejected.connect(ContentPacksDialog.reject)

        QMetaObject.connectSlotsByName(ContentPacksDialog)
    # setupUi

    def retranslateUi(self, ContentPacksDialog):
        ContentPacksDialog.setWindowTitle(QCoreApplication.translate("ContentPacksDialog", u"Content packs", None))
        self.introLabel.setText(QCoreApplication.translate("ContentPacksDialog", u"Reflection templates, plan sections, feeling words, coping ideas and support contacts come from content packs. You can add packs your organisation or peer group has made. A pack is only words: it can't run anything or go online.", None))
#if QT_CONFIG(accessibility)
        self.packList.setAccessibleDescription(QCoreApplication.translate("ContentPacksDialog", u"The content packs you've added: extra prompts and templates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.packList.setAccessibleName(QCoreApplication.translate("ContentPacksDialog", u"Content packs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addPackButton.setAccessibleDescription(QCoreApplication.translate("ContentPacksDialog", u"Choose a zip file or a folder that holds the pack", None))
#endif // QT_CONFIG(accessibility)
        self.addPackButton.setText(QCoreApplication.translate("ContentPacksDialog", u"Add a pack\u2026", None))
#if QT_CONFIG(accessibility)
        self.addPackButton.setAccessibleName(QCoreApplication.translate("ContentPacksDialog", u"Add a content pack from a zip file or a folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.removePackButton.setAccessibleDescription(QCoreApplication.translate("ContentPacksDialog", u"Takes the content pack you chose out of the app", None))
#endif // QT_CONFIG(accessibility)
        self.removePackButton.setText(QCoreApplication.translate("ContentPacksDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removePackButton.setAccessibleName(QCoreApplication.translate("ContentPacksDialog", u"Remove the chosen content pack", None))
#endif // QT_CONFIG(accessibility)
        self.myTemplatesLabel.setText(QCoreApplication.translate("ContentPacksDialog", u"<b>My templates</b>", None))
        self.myTemplatesIntroLabel.setText(QCoreApplication.translate("ContentPacksDialog", u"Reflections of your own: a name and the steps, kept in your vault. You can share them with your peers as a pack.", None))
#if QT_CONFIG(accessibility)
        self.templateList.setAccessibleDescription(QCoreApplication.translate("ContentPacksDialog", u"The diary templates you wrote yourself", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.templateList.setAccessibleName(QCoreApplication.translate("ContentPacksDialog", u"My templates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newTemplateButton.setAccessibleDescription(QCoreApplication.translate("ContentPacksDialog", u"Opens a blank template to write your own", None))
#endif // QT_CONFIG(accessibility)
        self.newTemplateButton.setText(QCoreApplication.translate("ContentPacksDialog", u"New template\u2026", None))
#if QT_CONFIG(accessibility)
        self.editTemplateButton.setAccessibleDescription(QCoreApplication.translate("ContentPacksDialog", u"Opens the template you chose, to change it", None))
#endif // QT_CONFIG(accessibility)
        self.editTemplateButton.setText(QCoreApplication.translate("ContentPacksDialog", u"Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editTemplateButton.setAccessibleName(QCoreApplication.translate("ContentPacksDialog", u"Edit the chosen template", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.removeTemplateButton.setAccessibleDescription(QCoreApplication.translate("ContentPacksDialog", u"Deletes the template you chose", None))
#endif // QT_CONFIG(accessibility)
        self.removeTemplateButton.setText(QCoreApplication.translate("ContentPacksDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeTemplateButton.setAccessibleName(QCoreApplication.translate("ContentPacksDialog", u"Remove the chosen template", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shareButton.setAccessibleDescription(QCoreApplication.translate("ContentPacksDialog", u"Saves your templates as a pack you can give to someone else", None))
#endif // QT_CONFIG(accessibility)
        self.shareButton.setText(QCoreApplication.translate("ContentPacksDialog", u"Share my templates\u2026", None))
    # retranslateUi

