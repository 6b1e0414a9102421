public import Foundation

/// The settings of a ``ZStackClient`` that apply to every call.
public nonisolated struct ZStackConfiguration: Sendable {
    /// How calls that need authorization are authorized; `nil` makes such calls fail before they are sent.
    public var authorization: ZStackAuthorization?

    /// The zone in which the server renders timestamps, which carry no zone on the wire.
    public var timestampTimeZone: TimeZone

    /// How asynchronous calls wait for their result, unless a call says otherwise.
    public var polling: ZStackPolling

    /// The largest reply body that the client reads, in bytes; a larger one fails the call.
    public var maximumResponseBodySize: Int

    /// Creates client settings.
    ///
    /// - Parameters:
    ///   - authorization: How calls that need authorization are authorized.
    ///   - timestampTimeZone: The zone in which the server renders timestamps.
    ///   - polling: How asynchronous calls wait for their result.
    ///   - maximumResponseBodySize: The largest reply body that the client reads, in bytes.
    public init(
        authorization: ZStackAuthorization? = nil,
        timestampTimeZone: TimeZone = ZStackTimestamp.defaultTimeZone,
        polling: ZStackPolling = ZStackPolling(),
        maximumResponseBodySize: Int = 64 * 1024 * 1024
    ) {
        self.authorization = authorization
        self.timestampTimeZone = timestampTimeZone
        self.polling = polling
        self.maximumResponseBodySize = maximumResponseBodySize
    }
}
