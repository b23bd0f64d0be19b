// Runtime/HotMutex.swift — a mutex for state that every connection touches on every request: the
// request statistics, the decision log's queue, the answer cache.
//
// Swift's `Mutex` is a priority-inheritance futex on Linux (FUTEX_LOCK_PI): when it is contended,
// unlocking hands it straight to a sleeping waiter, so it stays taken until the kernel has woken
// that thread, and every other thread queues behind it — a lock convoy. With 32 connections on
// 2 cores, route fell from 55 000–95 000 answers a second to about 20 000, a third of the time
// spent spinning in `_MutexHandle._lockSlow`. glibc's default mutex leaves the lock free when it is
// released, so the thread that is running takes it again and the waiters catch up. Locks taken
// rarely (reloads, settings, the ledger) stay `Mutex`.

#if canImport(Glibc)
import Glibc
#endif

final class HotMutex<Value: Sendable>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Only touched between lock and unlock.
    private var value: Value

    init(_ value: Value) {
        self.value = value
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
