public import Foundation

/// The settings of a ``MatrixClient`` that apply to every call.
public nonisolated struct MatrixConfiguration: Sendable {
    /// How calls that need authorization are authorized; `nil` makes such calls fail before they are sent.
    public var authorization: MatrixAuthorization?

    /// The zone in which the server renders timestamps, which carry no zone on the wire.
    public var timestampTimeZone: TimeZone

    /// How asynchronous calls wait for their result, unless a call says otherwise.
    public var polling: MatrixPolling

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
        authorization: MatrixAuthorization? = nil,
        timestampTimeZone: TimeZone = MatrixTimestamp.defaultTimeZone,
        polling: MatrixPolling = MatrixPolling(),
        maximumResponseBodySize: Int = 64 * 1024 * 1024
    ) {
        self.authorization = authorization
        self.timestampTimeZone = timestampTimeZone
        self.polling = polling
        self.maximumResponseBodySize = maximumResponseBodySize
    }
}
