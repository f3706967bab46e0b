# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'growth_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

class Ui_GrowthView(object):
    def setupUi(self, GrowthView):
        if not GrowthView.objectName():
            GrowthView.setObjectName(u"GrowthView")
        self.mainLayout = QVBoxLayout(GrowthView)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 20, 20, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.headerText = QVBoxLayout()
        self.headerText.setSpacing(2)
        self.headerText.setObjectName(u"headerText")
        self.headingLabel = QLabel(GrowthView)
        self.headingLabel.setObjectName(u"headingLabel")

        self.headerText.addWidget(self.headingLabel)

        self.introLabel = QLabel(GrowthView)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.headerText.addWidget(self.introLabel)


        self.headerRow.addLayout(self.headerText)

        self.saveRecordButton = QPushButton(GrowthView)
        self.saveRecordButton.setObjectName(u"saveRecordButton")

        self.headerRow.addWidget(self.saveRecordButton)

        self.headerRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.headerRow)

        self.growthTabs = QTabWidget(GrowthView)
        self.growthTabs.setObjectName(u"growthTabs")
        self.goalsTab = QWidget()
        self.goalsTab.setObjectName(u"goalsTab")
        self.goalsTabLayout = QVBoxLayout(self.goalsTab)
        self.goalsTabLayout.setObjectName(u"goalsTabLayout")
        self.goalsTabLayout.setContentsMargins(8, 12, 8, 8)
        self.growthTabs.addTab(self.goalsTab, "")
        self.learningTab = QWidget()
        self.learningTab.setObjectName(u"learningTab")
        self.learningTabLayout = QVBoxLayout(self.learningTab)
        self.learningTabLayout.setObjectName(u"learningTabLayout")
        self.learningTabLayout.setContentsMargins(8, 12, 8, 8)
        self.growthTabs.addTab(self.learningTab, "")
        self.reflectionTab = QWidget()
        self.reflectionTab.setObjectName(u"reflectionTab")
        self.reflectionTabLayout = QVBoxLayout(self.reflectionTab)
        self.reflectionTabLayout.setObjectName(u"reflectionTabLayout")
        self.reflectionTabLayout.setContentsMargins(8, 12, 8, 8)
        self.growthTabs.addTab(self.reflectionTab, "")

        self.mainLayout.addWidget(self.growthTabs)

        QWidget.setTabOrder(self.saveRecordButton, self.growthTabs)

        self.retranslateUi(GrowthView)

        self.growthTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(GrowthView)
    # setupUi

    def retranslateUi(self, GrowthView):
        GrowthView.setWindowTitle(QCoreApplication.translate("GrowthView", u"Growing", None))
        self.headingLabel.setText(QCoreApplication.translate("GrowthView", u"Growing in the role", None))
        self.introLabel.setText(QCoreApplication.translate("GrowthView", u"What you want to grow in, what you've learned along the way, and how the work is sitting with you.", None))
        self.saveRecordButton.setText(QCoreApplication.translate("GrowthView", u"Save my development record as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveRecordButton.setAccessibleDescription(QCoreApplication.translate("GrowthView", u"Your goals and learning log on paper, for an appraisal or supervision. Diary entries are named by title only.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.growthTabs.setAccessibleName(QCoreApplication.translate("GrowthView", u"Growing", None))
#endif // QT_CONFIG(accessibility)
        self.growthTabs.setTabText(self.growthTabs.indexOf(self.goalsTab), QCoreApplication.translate("GrowthView", u"Development goals", None))
#if QT_CONFIG(tooltip)
        self.growthTabs.setTabToolTip(self.growthTabs.indexOf(self.goalsTab), QCoreApplication.translate("GrowthView", u"Goals you're working towards, and their steps", None))
#endif // QT_CONFIG(tooltip)
        self.growthTabs.setTabText(self.growthTabs.indexOf(self.learningTab), QCoreApplication.translate("GrowthView", u"Learning log", None))
#if QT_CONFIG(tooltip)
        self.growthTabs.setTabToolTip(self.growthTabs.indexOf(self.learningTab), QCoreApplication.translate("GrowthView", u"Notes on what you've learned, from courses, reading and supervision", None))
#endif // QT_CONFIG(tooltip)
        self.growthTabs.setTabText(self.growthTabs.indexOf(self.reflectionTab), QCoreApplication.translate("GrowthView", u"Work reflection", None))
#if QT_CONFIG(tooltip)
        self.growthTabs.setTabToolTip(self.growthTabs.indexOf(self.reflectionTab), QCoreApplication.translate("GrowthView", u"Your monthly reflection on how the work is sitting with you", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

