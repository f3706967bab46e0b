# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mood_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget

class Ui_MoodView(object):
    def setupUi(self, MoodView):
        if not MoodView.objectName():
            MoodView.setObjectName(u"MoodView")
        MoodView.resize(880, 700)
        self.mainLayout = QVBoxLayout(MoodView)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.headingLabel = QLabel(MoodView)
        self.headingLabel.setObjectName(u"headingLabel")

        self.headerRow.addWidget(self.headingLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.rangeLabel = QLabel(MoodView)
        self.rangeLabel.setObjectName(u"rangeLabel")

        self.headerRow.addWidget(self.rangeLabel)

        self.rangeCombo = QComboBox(MoodView)
        self.rangeCombo.setObjectName(u"rangeCombo")

        self.headerRow.addWidget(self.rangeCombo)

        self.checkInButton = QPushButton(MoodView)
        self.checkInButton.setObjectName(u"checkInButton")

        self.headerRow.addWidget(self.checkInButton)


        self.mainLayout.addLayout(self.headerRow)

        self.moodPages = QStackedWidget(MoodView)
        self.moodPages.setObjectName(u"moodPages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtonRow = QHBoxLayout()
        self.emptyButtonRow.setObjectName(u"emptyButtonRow")
        self.emptyLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonRow.addItem(self.emptyLeftSpacer)

        self.emptyCheckInButton = QPushButton(self.emptyPage)
        self.emptyCheckInButton.setObjectName(u"emptyCheckInButton")

        self.emptyButtonRow.addWidget(self.emptyCheckInButton)

        self.emptyRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonRow.addItem(self.emptyRightSpacer)


        self.emptyLayout.addLayout(self.emptyButtonRow)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.moodPages.addWidget(self.emptyPage)
        self.chartsPage = QWidget()
        self.chartsPage.setObjectName(u"chartsPage")
        self.chartsLayout = QVBoxLayout(self.chartsPage)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.chartTabs = QTabWidget(self.chartsPage)
        self.chartTabs.setObjectName(u"chartTabs")
        self.chartTabs.setDocumentMode(True)
        self.overTimeTab = QWidget()
        self.overTimeTab.setObjectName(u"overTimeTab")
        self.overTimeLayout = QHBoxLayout(self.overTimeTab)
        self.overTimeLayout.setSpacing(12)
        self.overTimeLayout.setObjectName(u"overTimeLayout")
        self.overTimeChartHost = QWidget(self.overTimeTab)
        self.overTimeChartHost.setObjectName(u"overTimeChartHost")
        self.overTimeChartLayout = QVBoxLayout(self.overTimeChartHost)
        self.overTimeChartLayout.setObjectName(u"overTimeChartLayout")
        self.overTimeChartLayout.setContentsMargins(0, 0, 0, 0)

        self.overTimeLayout.addWidget(self.overTimeChartHost)

        self.overTimeSide = QWidget(self.overTimeTab)
        self.overTimeSide.setObjectName(u"overTimeSide")
        self.overTimeSide.setMinimumSize(QSize(240, 0))
        self.overTimeSide.setMaximumSize(QSize(300, 16777215))
        self.overTimeSideLayout = QVBoxLayout(self.overTimeSide)
        self.overTimeSideLayout.setObjectName(u"overTimeSideLayout")
        self.overTimeSideLayout.setContentsMargins(0, 0, 0, 0)
        self.stressCheck = QCheckBox(self.overTimeSide)
        self.stressCheck.setObjectName(u"stressCheck")

        self.overTimeSideLayout.addWidget(self.stressCheck)

        self.energyCheck = QCheckBox(self.overTimeSide)
        self.energyCheck.setObjectName(u"energyCheck")

        self.overTimeSideLayout.addWidget(self.energyCheck)

        self.overTimeTable = QTableWidget(self.overTimeSide)
        if (self.overTimeTable.columnCount() < 2):
            self.overTimeTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.overTimeTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.overTimeTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.overTimeTable.setObjectName(u"overTimeTable")
        self.overTimeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overTimeTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.overTimeTable.setTabKeyNavigation(False)
        self.overTimeTable.setWordWrap(True)
        self.overTimeTable.setCornerButtonEnabled(False)
        self.overTimeTable.setColumnCount(2)
        self.overTimeTable.horizontalHeader().setStretchLastSection(True)
        self.overTimeTable.verticalHeader().setVisible(False)

        self.overTimeSideLayout.addWidget(self.overTimeTable)


        self.overTimeLayout.addWidget(self.overTimeSide)

        self.overTimeLayout.setStretch(0, 1)
        self.chartTabs.addTab(self.overTimeTab, "")
        self.yearTab = QWidget()
        self.yearTab.setObjectName(u"yearTab")
        self.yearLayout = QHBoxLayout(self.yearTab)
        self.yearLayout.setSpacing(12)
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearChartHost = QWidget(self.yearTab)
        self.yearChartHost.setObjectName(u"yearChartHost")
        self.yearChartLayout = QVBoxLayout(self.yearChartHost)
        self.yearChartLayout.setObjectName(u"yearChartLayout")
        self.yearChartLayout.setContentsMargins(0, 0, 0, 0)

        self.yearLayout.addWidget(self.yearChartHost)

        self.yearSide = QWidget(self.yearTab)
        self.yearSide.setObjectName(u"yearSide")
        self.yearSide.setMinimumSize(QSize(240, 0))
        self.yearSide.setMaximumSize(QSize(300, 16777215))
        self.yearSideLayout = QVBoxLayout(self.yearSide)
        self.yearSideLayout.setObjectName(u"yearSideLayout")
        self.yearSideLayout.setContentsMargins(0, 0, 0, 0)
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(self.yearSide)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.yearSide)
        self.yearCombo.setObjectName(u"yearCombo")

        self.yearRow.addWidget(self.yearCombo)


        self.yearSideLayout.addLayout(self.yearRow)

        self.yearTable = QTableWidget(self.yearSide)
        if (self.yearTable.columnCount() < 3):
            self.yearTable.setColumnCount(3)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.yearTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.yearTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.yearTable.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        self.yearTable.setObjectName(u"yearTable")
        self.yearTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.yearTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.yearTable.setTabKeyNavigation(False)
        self.yearTable.setWordWrap(True)
        self.yearTable.setCornerButtonEnabled(False)
        self.yearTable.setColumnCount(3)
        self.yearTable.horizontalHeader().setStretchLastSection(True)
        self.yearTable.verticalHeader().setVisible(False)

        self.yearSideLayout.addWidget(self.yearTable)


        self.yearLayout.addWidget(self.yearSide)

        self.yearLayout.setStretch(0, 1)
        self.chartTabs.addTab(self.yearTab, "")
        self.feelingsTab = QWidget()
        self.feelingsTab.setObjectName(u"feelingsTab")
        self.feelingsLayout = QHBoxLayout(self.feelingsTab)
        self.feelingsLayout.setSpacing(12)
        self.feelingsLayout.setObjectName(u"feelingsLayout")
        self.feelingsChartHost = QWidget(self.feelingsTab)
        self.feelingsChartHost.setObjectName(u"feelingsChartHost")
        self.feelingsChartLayout = QVBoxLayout(self.feelingsChartHost)
        self.feelingsChartLayout.setObjectName(u"feelingsChartLayout")
        self.feelingsChartLayout.setContentsMargins(0, 0, 0, 0)

        self.feelingsLayout.addWidget(self.feelingsChartHost)

        self.feelingsSide = QWidget(self.feelingsTab)
        self.feelingsSide.setObjectName(u"feelingsSide")
        self.feelingsSide.setMinimumSize(QSize(240, 0))
        self.feelingsSide.setMaximumSize(QSize(300, 16777215))
        self.feelingsSideLayout = QVBoxLayout(self.feelingsSide)
        self.feelingsSideLayout.setObjectName(u"feelingsSideLayout")
        self.feelingsSideLayout.setContentsMargins(0, 0, 0, 0)
        self.feelingsTable = QTableWidget(self.feelingsSide)
        if (self.feelingsTable.columnCount() < 2):
            self.feelingsTable.setColumnCount(2)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.feelingsTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.feelingsTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        self.feelingsTable.setObjectName(u"feelingsTable")
        self.feelingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feelingsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.feelingsTable.setTabKeyNavigation(False)
        self.feelingsTable.setWordWrap(True)
        self.feelingsTable.setCornerButtonEnabled(False)
        self.feelingsTable.setColumnCount(2)
        self.feelingsTable.horizontalHeader().setStretchLastSection(True)
        self.feelingsTable.verticalHeader().setVisible(False)

        self.feelingsSideLayout.addWidget(self.feelingsTable)


        self.feelingsLayout.addWidget(self.feelingsSide)

        self.feelingsLayout.setStretch(0, 1)
        self.chartTabs.addTab(self.feelingsTab, "")
        self.helpsTab = QWidget()
        self.helpsTab.setObjectName(u"helpsTab")
        self.helpsLayout = QHBoxLayout(self.helpsTab)
        self.helpsLayout.setSpacing(12)
        self.helpsLayout.setObjectName(u"helpsLayout")
        self.helpsChartHost = QWidget(self.helpsTab)
        self.helpsChartHost.setObjectName(u"helpsChartHost")
        self.helpsChartLayout = QVBoxLayout(self.helpsChartHost)
        self.helpsChartLayout.setObjectName(u"helpsChartLayout")
        self.helpsChartLayout.setContentsMargins(0, 0, 0, 0)

        self.helpsLayout.addWidget(self.helpsChartHost)

        self.helpsSide = QWidget(self.helpsTab)
        self.helpsSide.setObjectName(u"helpsSide")
        self.helpsSide.setMinimumSize(QSize(240, 0))
        self.helpsSide.setMaximumSize(QSize(300, 16777215))
        self.helpsSideLayout = QVBoxLayout(self.helpsSide)
        self.helpsSideLayout.setObjectName(u"helpsSideLayout")
        self.helpsSideLayout.setContentsMargins(0, 0, 0, 0)
        self.helpsText = QTextBrowser(self.helpsSide)
        self.helpsText.setObjectName(u"helpsText")
        self.helpsText.setOpenLinks(False)

        self.helpsSideLayout.addWidget(self.helpsText)


        self.helpsLayout.addWidget(self.helpsSide)

        self.helpsLayout.setStretch(0, 1)
        self.chartTabs.addTab(self.helpsTab, "")

        self.chartsLayout.addWidget(self.chartTabs)

        self.chartActionsRow = QHBoxLayout()
        self.chartActionsRow.setObjectName(u"chartActionsRow")
        self.chartNoteLabel = QLabel(self.chartsPage)
        self.chartNoteLabel.setObjectName(u"chartNoteLabel")
        self.chartNoteLabel.setWordWrap(True)

        self.chartActionsRow.addWidget(self.chartNoteLabel)

        self.saveChartButton = QPushButton(self.chartsPage)
        self.saveChartButton.setObjectName(u"saveChartButton")

        self.chartActionsRow.addWidget(self.saveChartButton)

        self.chartActionsRow.setStretch(0, 1)

        self.chartsLayout.addLayout(self.chartActionsRow)

        self.moodPages.addWidget(self.chartsPage)

        self.mainLayout.addWidget(self.moodPages)

#if QT_CONFIG(shortcut)
        self.rangeLabel.setBuddy(self.rangeCombo)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rangeCombo, self.checkInButton)
        QWidget.setTabOrder(self.checkInButton, self.emptyCheckInButton)
        QWidget.setTabOrder(self.emptyCheckInButton, self.chartTabs)
        QWidget.setTabOrder(self.chartTabs, self.stressCheck)
        QWidget.setTabOrder(self.stressCheck, self.energyCheck)
        QWidget.setTabOrder(self.energyCheck, self.overTimeTable)
        QWidget.setTabOrder(self.overTimeTable, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.yearTable)
        QWidget.setTabOrder(self.yearTable, self.feelingsTable)
        QWidget.setTabOrder(self.feelingsTable, self.helpsText)
        QWidget.setTabOrder(self.helpsText, self.saveChartButton)

        self.retranslateUi(MoodView)

        self.chartTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MoodView)
    # setupUi

    def retranslateUi(self, MoodView):
        self.headingLabel.setText(QCoreApplication.translate("MoodView", u"Mood and check-ins", None))
        self.rangeLabel.setText(QCoreApplication.translate("MoodView", u"Show", None))
#if QT_CONFIG(accessibility)
        self.rangeCombo.setAccessibleDescription(QCoreApplication.translate("MoodView", u"How far back the mood chart and its table go", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rangeCombo.setAccessibleName(QCoreApplication.translate("MoodView", u"Period to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkInButton.setAccessibleDescription(QCoreApplication.translate("MoodView", u"Opens a short check-in on how you're doing", None))
#endif // QT_CONFIG(accessibility)
        self.checkInButton.setText(QCoreApplication.translate("MoodView", u"Check in\u2026", None))
        self.emptyLabel.setText(QCoreApplication.translate("MoodView", u"No check-ins yet. When you're ready, tell the app how you're doing \u2014 it only takes a moment.", None))
#if QT_CONFIG(accessibility)
        self.emptyCheckInButton.setAccessibleDescription(QCoreApplication.translate("MoodView", u"Opens a short check-in on how you're doing", None))
#endif // QT_CONFIG(accessibility)
        self.emptyCheckInButton.setText(QCoreApplication.translate("MoodView", u"Check in", None))
#if QT_CONFIG(accessibility)
        self.stressCheck.setAccessibleDescription(QCoreApplication.translate("MoodView", u"When ticked, the chart shows your stress too", None))
#endif // QT_CONFIG(accessibility)
        self.stressCheck.setText(QCoreApplication.translate("MoodView", u"Show stress", None))
#if QT_CONFIG(accessibility)
        self.energyCheck.setAccessibleDescription(QCoreApplication.translate("MoodView", u"When ticked, the chart shows your energy too", None))
#endif // QT_CONFIG(accessibility)
        self.energyCheck.setText(QCoreApplication.translate("MoodView", u"Show energy", None))
        ___qtablewidgetitem = self.overTimeTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MoodView", u"Figure", None))
        ___qtablewidgetitem1 = self.overTimeTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MoodView", u"Value", None))
#if QT_CONFIG(accessibility)
        self.overTimeTable.setAccessibleDescription(QCoreApplication.translate("MoodView", u"The figures behind the chart: your mood, energy and stress over time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overTimeTable.setAccessibleName(QCoreApplication.translate("MoodView", u"Mood in figures", None))
#endif // QT_CONFIG(accessibility)
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.overTimeTab), QCoreApplication.translate("MoodView", u"Mood over time", None))
#if QT_CONFIG(tooltip)
        self.chartTabs.setTabToolTip(self.chartTabs.indexOf(self.overTimeTab), QCoreApplication.translate("MoodView", u"Your mood, energy and stress, day by day", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("MoodView", u"Year", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleDescription(QCoreApplication.translate("MoodView", u"The year the grid of days shows", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("MoodView", u"Year", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem2 = self.yearTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MoodView", u"Month", None))
        ___qtablewidgetitem3 = self.yearTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MoodView", u"Average", None))
        ___qtablewidgetitem4 = self.yearTable.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MoodView", u"Days", None))
#if QT_CONFIG(accessibility)
        self.yearTable.setAccessibleDescription(QCoreApplication.translate("MoodView", u"The figures behind the chart, month by month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.yearTable.setAccessibleName(QCoreApplication.translate("MoodView", u"The year in figures", None))
#endif // QT_CONFIG(accessibility)
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.yearTab), QCoreApplication.translate("MoodView", u"Year at a glance", None))
#if QT_CONFIG(tooltip)
        self.chartTabs.setTabToolTip(self.chartTabs.indexOf(self.yearTab), QCoreApplication.translate("MoodView", u"Each day of the year, coloured by your mood", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem5 = self.feelingsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MoodView", u"Word", None))
        ___qtablewidgetitem6 = self.feelingsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MoodView", u"Times", None))
#if QT_CONFIG(accessibility)
        self.feelingsTable.setAccessibleDescription(QCoreApplication.translate("MoodView", u"The figures behind the chart: each feeling word and how often you chose it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.feelingsTable.setAccessibleName(QCoreApplication.translate("MoodView", u"Feeling words and how often", None))
#endif // QT_CONFIG(accessibility)
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.feelingsTab), QCoreApplication.translate("MoodView", u"Feeling words", None))
#if QT_CONFIG(tooltip)
        self.chartTabs.setTabToolTip(self.chartTabs.indexOf(self.feelingsTab), QCoreApplication.translate("MoodView", u"The feeling words you chose, and how often", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.helpsText.setAccessibleName(QCoreApplication.translate("MoodView", u"What helps, in words", None))
#endif // QT_CONFIG(accessibility)
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.helpsTab), QCoreApplication.translate("MoodView", u"What helps", None))
#if QT_CONFIG(tooltip)
        self.chartTabs.setTabToolTip(self.chartTabs.indexOf(self.helpsTab), QCoreApplication.translate("MoodView", u"The things that helped you, and how often", None))
#endif // QT_CONFIG(tooltip)
        self.chartNoteLabel.setText(QCoreApplication.translate("MoodView", u"Figures describe what your check-ins show; they can't say what caused what.", None))
#if QT_CONFIG(accessibility)
        self.saveChartButton.setAccessibleDescription(QCoreApplication.translate("MoodView", u"Saves the chart you're looking at as a picture", None))
#endif // QT_CONFIG(accessibility)
        self.saveChartButton.setText(QCoreApplication.translate("MoodView", u"Save chart as PNG\u2026", None))
        pass
    # retranslateUi

