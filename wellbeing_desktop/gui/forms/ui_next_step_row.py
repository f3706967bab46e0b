# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'next_step_row.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_NextStepRow(object):
    def setupUi(self, NextStepRow):
        if not NextStepRow.objectName():
            NextStepRow.setObjectName(u"NextStepRow")
        self.rowLayout = QVBoxLayout(NextStepRow)
        self.rowLayout.setSpacing(4)
        self.rowLayout.setObjectName(u"rowLayout")
        self.rowLayout.setContentsMargins(0, 4, 0, 8)
        self.textEdit = QLineEdit(NextStepRow)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMaxLength(500)

        self.rowLayout.addWidget(self.textEdit)

        self.detailsRow = QHBoxLayout()
        self.detailsRow.setSpacing(12)
        self.detailsRow.setObjectName(u"detailsRow")
        self.doneCheck = QCheckBox(NextStepRow)
        self.doneCheck.setObjectName(u"doneCheck")

        self.detailsRow.addWidget(self.doneCheck)

        self.dueCheck = QCheckBox(NextStepRow)
        self.dueCheck.setObjectName(u"dueCheck")

        self.detailsRow.addWidget(self.dueCheck)

        self.dueEdit = QDateEdit(NextStepRow)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setEnabled(False)

        self.detailsRow.addWidget(self.dueEdit)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailsRow.addItem(self.detailsSpacer)

        self.removeButton = QToolButton(NextStepRow)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.detailsRow.addWidget(self.removeButton)


        self.rowLayout.addLayout(self.detailsRow)

        QWidget.setTabOrder(self.textEdit, self.doneCheck)
        QWidget.setTabOrder(self.doneCheck, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.removeButton)

        self.retranslateUi(NextStepRow)

        QMetaObject.connectSlotsByName(NextStepRow)
    # setupUi

    def retranslateUi(self, NextStepRow):
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("NextStepRow", u"Next step", None))
#endif // QT_CONFIG(accessibility)
        self.textEdit.setPlaceholderText(QCoreApplication.translate("NextStepRow", u"A small next step", None))
#if QT_CONFIG(accessibility)
        self.doneCheck.setAccessibleDescription(QCoreApplication.translate("NextStepRow", u"Tick it once you have taken this step", None))
#endif // QT_CONFIG(accessibility)
        self.doneCheck.setText(QCoreApplication.translate("NextStepRow", u"Done", None))
#if QT_CONFIG(accessibility)
        self.doneCheck.setAccessibleName(QCoreApplication.translate("NextStepRow", u"Done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleDescription(QCoreApplication.translate("NextStepRow", u"Tick it to give this step a date", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("NextStepRow", u"By", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("NextStepRow", u"Has a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleDescription(QCoreApplication.translate("NextStepRow", u"The date you hope to take this step by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("NextStepRow", u"Date for this step", None))
#endif // QT_CONFIG(accessibility)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("NextStepRow", u"d MMM yyyy", None))
        self.removeButton.setText(QCoreApplication.translate("NextStepRow", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("NextStepRow", u"Remove this step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleDescription(QCoreApplication.translate("NextStepRow", u"Takes this step off the goal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("NextStepRow", u"Remove this step", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

