import Foundation

/// Sign-in attempts per login: after ``limit`` failures within ``window`` the login is refused
/// (429) until the oldest failure leaves the window, whatever the password.
actor LoginThrottle {
    let limit: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// Seconds to wait before trying this login again, `nil` when it may be tried now.
    func wait(for login: String, now: Date = Date()) -> Int? {
        let recent = (failures[login] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[login] = recent
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
    }

    func failed(_ login: String, now: Date = Date()) {
        if failures.count > 10_000 { failures.removeAll() }
        failures[login, default: []].append(now)
    }

    func succeeded(_ login: String) { failures[login] = nil }
}
