#include "atomic_file.hpp"

#include "error.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace ta {
namespace fs = std::filesystem;

namespace {

std::atomic<unsigned> g_tempCounter{0};  // distinct names for several writers in one process

void fsyncPath(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) return;  // directories on some file systems cannot be opened; the rename still holds
    ::fsync(fd);
    ::close(fd);
}

// A writer killed with SIGKILL (or a power cut) leaves its temporary file behind, never renamed into
// place. Remove those of processes that no longer exist, so they do not pile up beside the target
// (a killed recording can leave hundreds of megabytes). A pid that is alive, or was reused, keeps
// its file: better a stray file than a removed one still being written.
void removeStaleTemporaries(const fs::path& target) {
    const std::string prefix = "." + target.filename().string() + ".tmp-";
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const size_t dash = name.find('-', prefix.size());
        if (dash == std::string::npos) continue;
        const std::string pidText = name.substr(prefix.size(), dash - prefix.size());
        if (pidText.empty() || pidText.size() > 9 || pidText.find_first_not_of("0123456789") != std::string::npos) continue;
        const pid_t pid = static_cast<pid_t>(std::stol(pidText));
        if (pid <= 0 || pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;
        std::error_code removeError;
        fs::remove(it->path(), removeError);
    }
}

}  // namespace

AtomicFile::AtomicFile(fs::path target) : m_target(std::move(target)) {
    removeStaleTemporaries(m_target);
    const fs::path name = m_target.filename();
    m_temp = m_target;
    m_temp.replace_filename("." + name.string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                            std::to_string(g_tempCounter++));
}

AtomicFile::~AtomicFile() {
    if (!m_committed) {
        std::error_code ec;
        fs::remove(m_temp, ec);
    }
}

void AtomicFile::commit() {
    if (!fs::exists(m_temp)) throw Error(m_target.string(), "nothing was written");
    fsyncPath(m_temp, O_RDONLY);
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0)
        throw Error(m_target.string(), std::string("cannot replace file: ") + std::strerror(errno));
    m_committed = true;
    const fs::path dir = m_target.has_parent_path() ? m_target.parent_path() : fs::path(".");
    fsyncPath(dir, O_RDONLY | O_DIRECTORY);
}

void writeFileAtomically(const fs::path& target, std::string_view content) {
    AtomicFile file(target);
    const int fd = ::open(file.tempPath().c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) throw Error(target.string(), std::string("cannot write: ") + std::strerror(errno));
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            throw Error(target.string(), std::string("write failed: ") + std::strerror(err));
        }
        done += static_cast<size_t>(n);
    }
    ::close(fd);
    file.commit();
}

void checkWritableDestination(const fs::path& path) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw Error(path.string(), "directory '" + dir.string() + "' does not exist");
    if (::access(dir.c_str(), W_OK) != 0) throw Error(path.string(), "directory '" + dir.string() + "' is not writable");
    if (fs::is_directory(path, ec)) throw Error(path.string(), "is a directory, expected a file name");
}

}  // namespace ta
