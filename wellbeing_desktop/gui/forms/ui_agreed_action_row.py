# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreed_action_row.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_AgreedActionRow(object):
    def setupUi(self, AgreedActionRow):
        if not AgreedActionRow.objectName():
            AgreedActionRow.setObjectName(u"AgreedActionRow")
        self.rowLayout = QVBoxLayout(AgreedActionRow)
        self.rowLayout.setSpacing(4)
        self.rowLayout.setObjectName(u"rowLayout")
        self.rowLayout.setContentsMargins(0, 4, 0, 8)
        self.textEdit = QLineEdit(AgreedActionRow)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMaxLength(500)

        self.rowLayout.addWidget(self.textEdit)

        self.detailsRow = QHBoxLayout()
        self.detailsRow.setSpacing(12)
        self.detailsRow.setObjectName(u"detailsRow")
        self.doneCheck = QCheckBox(AgreedActionRow)
        self.doneCheck.setObjectName(u"doneCheck")

        self.detailsRow.addWidget(self.doneCheck)

        self.dueCheck = QCheckBox(AgreedActionRow)
        self.dueCheck.setObjectName(u"dueCheck")

        self.detailsRow.addWidget(self.dueCheck)

        self.dueEdit = QDateEdit(AgreedActionRow)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setEnabled(False)

        self.detailsRow.addWidget(self.dueEdit)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailsRow.addItem(self.detailsSpacer)

        self.removeButton = QToolButton(AgreedActionRow)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.detailsRow.addWidget(self.removeButton)


        self.rowLayout.addLayout(self.detailsRow)

        QWidget.setTabOrder(self.textEdit, self.doneCheck)
        QWidget.setTabOrder(self.doneCheck, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.removeButton)

        self.retranslateUi(AgreedActionRow)

        QMetaObject.connectSlotsByName(AgreedActionRow)
    # setupUi

    def retranslateUi(self, AgreedActionRow):
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("AgreedActionRow", u"Agreed action", None))
#endif // QT_CONFIG(accessibility)
        self.textEdit.setPlaceholderText(QCoreApplication.translate("AgreedActionRow", u"What you agreed", None))
#if QT_CONFIG(accessibility)
        self.doneCheck.setAccessibleDescription(QCoreApplication.translate("AgreedActionRow", u"Tick it once you have done this action", None))
#endif // QT_CONFIG(accessibility)
        self.doneCheck.setText(QCoreApplication.translate("AgreedActionRow", u"Done", None))
#if QT_CONFIG(accessibility)
        self.doneCheck.setAccessibleName(QCoreApplication.translate("AgreedActionRow", u"Done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleDescription(QCoreApplication.translate("AgreedActionRow", u"Tick it to give this action a date to do it by", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("AgreedActionRow", u"Due by", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("AgreedActionRow", u"Has a due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleDescription(QCoreApplication.translate("AgreedActionRow", u"The date you hope to do this action by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("AgreedActionRow", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("AgreedActionRow", u"d MMM yyyy", None))
        self.removeButton.setText(QCoreApplication.translate("AgreedActionRow", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("AgreedActionRow", u"Remove this action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleDescription(QCoreApplication.translate("AgreedActionRow", u"Takes this action off the list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("AgreedActionRow", u"Remove this action", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

