// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionsView's copy and export: the selected rows as tab-separated text, the filtered table
// as a CSV file, both in the model's export text (the marker column reads "own").
#include "connections/connectionsview.h"

#include "ui_connectionsview.h"

#include "connections/connectionfiltermodel.h"
#include "connections/connectiontablemodel.h"
#include "log/csvwriter.h"

#include <QFileDialog>
#include <QSaveFile>

#include <algorithm>

QString ConnectionsView::selectedRowsText() const
{
    QModelIndexList selected = m_ui->tableView->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(selected)) {
        const int row = m_filter->mapToSource(index).row();
        QStringList cells;
        for (int column = 0; column < ConnectionTableModel::ColumnCount; ++column)
            cells << m_model->exportText(row, column);
        lines << cells.join(u'\t');
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

bool ConnectionsView::exportCsv(const QString &path, QString *error)
{
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < ConnectionTableModel::ColumnCount; ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    rows << header;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        QStringList cells;
        for (int column = 0; column < ConnectionTableModel::ColumnCount; ++column)
            cells << m_model->exportText(source, column);
        rows << cells;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CsvWriter::format(rows)) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ConnectionsView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export connections"), QStringLiteral("connections.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        m_problem.clear();
    else
        m_problem = error;
    updateStatus();
    if (error.isEmpty())
        m_ui->statusLabel->setText(tr("Saved %1.").arg(path));
}
