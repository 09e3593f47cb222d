// A main() for the harnesses when the compiler has no libFuzzer (GCC): runs
// LLVMFuzzerTestOneInput over every file in the directories and files named on the command
// line, so the committed corpora (seeds and every input that once crashed) are replayed as an
// ordinary test under the CI compiler and its sanitizers.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

// The harness linked with this file (declared in fuzzsupport.h).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList paths;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths.append(it.next());
            paths.sort();
        } else {
            paths.append(arg);
        }
        for (const QString &path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray data = file.readAll();
            std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path),
                         static_cast<long long>(data.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()),
                                   static_cast<std::size_t>(data.size()));
            ++files;
        }
    }
    std::fprintf(stderr, "replayed %d inputs\n", files);
    return files > 0 ? 0 : 1;
}
