#pragma once
/// The preview server's worker threads: a pool that grows with the number of
/// open connections, up to a cap. cpp-httplib's own pool has a fixed number of
/// threads, each held by one connection for as long as it stays open, so a few
/// idle browser connections were enough to make every new request wait.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>

namespace portal {

/// A httplib task queue that starts a thread whenever no thread is idle, up to
/// `max_threads`; beyond that, tasks wait their turn.
class GrowingPool : public httplib::TaskQueue {
 public:
  explicit GrowingPool(size_t max_threads) : max_threads_(max_threads) {}
  ~GrowingPool() override { shutdown(); }
  GrowingPool(const GrowingPool&) = delete;
  GrowingPool& operator=(const GrowingPool&) = delete;

  void enqueue(std::function<void()> fn) override {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    tasks_.push_back(std::move(fn));
    if (idle_ < tasks_.size() && threads_.size() < max_threads_) {
      ++idle_;  // counted from its start, so the next task does not start another
      threads_.emplace_back([this] { work(); });
    }
    ready_.notify_one();
  }

  void shutdown() override {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
      stopping_ = true;
    }
    ready_.notify_all();
    for (auto& t : threads_) t.join();
  }

 private:
  void work() {
    std::unique_lock lock(mutex_);
    while (true) {
      ready_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
      if (tasks_.empty()) return;  // stopping, and nothing left to do
      --idle_;
      std::function<void()> task = std::move(tasks_.front());
      tasks_.pop_front();
      lock.unlock();
      task();
      lock.lock();
      ++idle_;
    }
  }

  const size_t max_threads_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> tasks_;
  std::vector<std::thread> threads_;
  size_t idle_ = 0;
  bool stopping_ = false;
};

}  // namespace portal
