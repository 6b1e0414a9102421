/// How the client waits for the result of an asynchronous call.
///
/// The server accepts an asynchronous call with `202 Accepted` and the location of a job. The client then asks
/// that location with `GET` every ``interval`` until the job answers with its result, its failure, or
/// ``timeout`` has passed since the call was accepted. Cancelling the calling task stops the polling at once.
public nonisolated struct ZStackPolling: Sendable, Hashable {
    /// The pause between two polls. The official SDKs use one second.
    public var interval: Duration

    /// How long to wait for the job before giving up. The official SDKs use three hours.
    public var timeout: Duration

    /// Creates polling settings.
    ///
    /// - Parameters:
    ///   - interval: The pause between two polls.
    ///   - timeout: How long to wait for the job before giving up.
    public init(interval: Duration = .seconds(1), timeout: Duration = .seconds(3 * 60 * 60)) {
        self.interval = interval
        self.timeout = timeout
    }
}
