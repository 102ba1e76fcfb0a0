#include "trafficlogfilewriter.h"

#include "sessionname.h"
#include "trafficeventjson.h"

#include <QFileInfo>
#include <QThread>

TrafficLogFileWriter::TrafficLogFileWriter(TrafficLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
}

TrafficLogFileWriter::~TrafficLogFileWriter()
{
    stop();
}

QString TrafficLogFileWriter::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool TrafficLogFileWriter::start(const QString &path, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_thread)
        return refuse(tr("Already logging to \"%1\"; stop that first.").arg(m_path));
    if (path.isEmpty())
        return refuse(tr("No log file given."));
    if (QFileInfo(path).isDir())
        return refuse(tr("Cannot log to \"%1\": it is a directory.").arg(path));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return refuse(tr("Cannot log to \"%1\": %2.").arg(path, m_file.errorString()));
    m_path = path;
    m_written = 0;
    m_failed = false;
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_stopping = false;
        m_error.clear();
    }
    m_thread = QThread::create([this] { writeLoop(); });
    m_thread->setObjectName(QStringLiteral("socklab-log-writer"));
    m_thread->start();
    m_log->addSink(this);
    return true;
}

void TrafficLogFileWriter::stopInBackground()
{
    if (!m_thread)
        return;
    // From here on no network thread calls consume(); what is queued still gets written.
    m_log->removeSink(this);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
}

void TrafficLogFileWriter::stop()
{
    if (!m_thread)
        return;
    stopInBackground();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void TrafficLogFileWriter::consume(const TrafficEvent &event)
{
    if (m_failed.load(std::memory_order_relaxed))
        return;
    bool wasEmpty = false;
    {
        std::lock_guard lock(m_mutex);
        wasEmpty = m_queue.empty();
        m_queue.push_back(event);
    }
    // One wake-up per batch, not per event: the writer takes everything queued at once.
    if (wasEmpty)
        m_wake.notify_one();
}

void TrafficLogFileWriter::writeLoop()
{
    std::vector<TrafficEvent> batch;
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            batch.swap(m_queue);
            stopping = m_stopping;
        }
        if (!batch.empty() && !m_failed.load() && !writeBatch(batch)) {
            m_failed = true;
            const QString message
                    = tr("Writing the log file \"%1\" failed (%2): %3 events were written, "
                         "and logging to the file stopped.")
                              .arg(m_path, m_file.errorString())
                              .arg(m_written.load());
            {
                std::lock_guard lock(m_mutex);
                m_error = message;
            }
            emit failed(message);
        }
        batch.clear();
        if (stopping) {
            {
                std::lock_guard lock(m_mutex);
                if (!m_queue.empty())
                    continue;
            }
            m_file.close();
            emit stopped();
            return;
        }
    }
}

bool TrafficLogFileWriter::writeBatch(const std::vector<TrafficEvent> &batch)
{
    QByteArray chunk;
    chunk.reserve(static_cast<qsizetype>(batch.size()) * 300);
    for (const TrafficEvent &event : batch) {
        chunk += TrafficEventJson::line(event, SessionName::of(event));
        chunk += '\n';
    }
    // Flushed per batch so that a full disk is noticed now, not when the file is closed.
    if (m_file.write(chunk) != chunk.size() || !m_file.flush())
        return false;
    m_written += batch.size();
    return true;
}
