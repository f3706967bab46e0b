# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from wellbeing_desktop.gui.views.plan_item_list import PlanItemList

class Ui_PlanSectionWidget(object):
    def setupUi(self, PlanSectionWidget):
        if not PlanSectionWidget.objectName():
            PlanSectionWidget.setObjectName(u"PlanSectionWidget")
        PlanSectionWidget.setFrameShape(QFrame.Shape.NoFrame)
        self.cardLayout = QVBoxLayout(PlanSectionWidget)
        self.cardLayout.setSpacing(6)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(16, 12, 16, 14)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(PlanSectionWidget)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"Section")
        self.titleLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)

        self.titleRow.addWidget(self.titleLabel)

        self.removeSectionButton = QPushButton(PlanSectionWidget)
        self.removeSectionButton.setObjectName(u"removeSectionButton")
        self.removeSectionButton.setFlat(True)
        self.removeSectionButton.setVisible(False)

        self.titleRow.addWidget(self.removeSectionButton)


        self.cardLayout.addLayout(self.titleRow)

        self.guidanceLabel = QLabel(PlanSectionWidget)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setText(u"")
        self.guidanceLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.guidanceLabel)

        self.itemList = PlanItemList(PlanSectionWidget)
        self.itemList.setObjectName(u"itemList")

        self.cardLayout.addWidget(self.itemList)

        self.examplesLabel = QLabel(PlanSectionWidget)
        self.examplesLabel.setObjectName(u"examplesLabel")
        self.examplesLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.examplesLabel)

        self.examplesLayout = QVBoxLayout()
        self.examplesLayout.setSpacing(0)
        self.examplesLayout.setObjectName(u"examplesLayout")

        self.cardLayout.addLayout(self.examplesLayout)

        self.addRow = QHBoxLayout()
        self.addRow.setSpacing(6)
        self.addRow.setObjectName(u"addRow")
        self.addEdit = QLineEdit(PlanSectionWidget)
        self.addEdit.setObjectName(u"addEdit")
        self.addEdit.setClearButtonEnabled(True)

        self.addRow.addWidget(self.addEdit)

        self.addButton = QPushButton(PlanSectionWidget)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setEnabled(False)

        self.addRow.addWidget(self.addButton)


        self.cardLayout.addLayout(self.addRow)

        QWidget.setTabOrder(self.itemList, self.addEdit)
        QWidget.setTabOrder(self.addEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeSectionButton)

        self.retranslateUi(PlanSectionWidget)

        QMetaObject.connectSlotsByName(PlanSectionWidget)
    # setupUi

    def retranslateUi(self, PlanSectionWidget):
#if QT_CONFIG(accessibility)
        self.removeSectionButton.setAccessibleDescription(QCoreApplication.translate("PlanSectionWidget", u"Takes this empty section out of your plan; you can undo it", None))
#endif // QT_CONFIG(accessibility)
        self.removeSectionButton.setText(QCoreApplication.translate("PlanSectionWidget", u"Remove section", None))
#if QT_CONFIG(accessibility)
        self.itemList.setAccessibleName(QCoreApplication.translate("PlanSectionWidget", u"Items in this section", None))
#endif // QT_CONFIG(accessibility)
        self.examplesLabel.setText(QCoreApplication.translate("PlanSectionWidget", u"For example \u2014 choose one to add it, or write your own:", None))
        self.addEdit.setPlaceholderText(QCoreApplication.translate("PlanSectionWidget", u"Add something of your own, then press Enter", None))
#if QT_CONFIG(accessibility)
        self.addEdit.setAccessibleName(QCoreApplication.translate("PlanSectionWidget", u"Add to this section", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("PlanSectionWidget", u"Add", None))
        pass
    # retranslateUi

