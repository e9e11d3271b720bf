#include "child_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace ta::test {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> childEnvironment(const EnvChanges& changes) {
    std::map<std::string, std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        const size_t eq = entry.find('=');
        if (eq != std::string::npos) env[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
    for (const auto& [key, value] : changes) {
        if (value) env[key] = *value;
        else env.erase(key);
    }
    std::vector<std::string> out;
    for (const auto& [key, value] : env) out.push_back(key + "=" + value);
    return out;
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const EnvChanges& env, const fs::path& cwd, const fs::path& outputFile) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outputFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const std::vector<std::string> envStrings = childEnvironment(env);
    std::vector<char*> envp;
    for (const std::string& e : envStrings) envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    const int rc = posix_spawn(&m_pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(rc));
}

ChildProcess::~ChildProcess() {
    if (m_pid > 0 && !m_reaped) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, &m_wstatus, 0);
    }
}

void ChildProcess::signal(int sig) {
    if (!m_reaped) ::kill(m_pid, sig);
}

bool ChildProcess::finished() {
    if (m_reaped) return true;
    if (::waitpid(m_pid, &m_wstatus, WNOHANG) == m_pid) m_reaped = true;
    return m_reaped;
}

ExitInfo ChildProcess::wait(std::chrono::milliseconds timeout) {
    ExitInfo info;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!finished()) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &m_wstatus, 0);
            m_reaped = true;
            info.timedOut = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    info.signaled = WIFSIGNALED(m_wstatus);
    info.status = WIFEXITED(m_wstatus) ? WEXITSTATUS(m_wstatus) : 128 + WTERMSIG(m_wstatus);
    return info;
}

RunOutput runToEnd(const std::vector<std::string>& argv, const EnvChanges& env, const fs::path& cwd, std::chrono::milliseconds timeout) {
    const fs::path out = cwd / ".child-output.txt";
    RunOutput result;
    {
        ChildProcess child(argv, env, cwd, out);
        result.exit = child.wait(timeout);
    }
    result.output = readWholeFile(out);
    std::error_code ec;
    fs::remove(out, ec);
    return result;
}

std::string readWholeFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace ta::test
