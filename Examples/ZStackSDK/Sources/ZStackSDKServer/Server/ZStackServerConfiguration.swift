public import Foundation
public import ZStackSDK

/// The settings of a server that ``ZStackAPIHandler/registerHandlers(on:serverURL:configuration:middlewares:)``
/// sets up.
public nonisolated struct ZStackServerConfiguration: Sendable {
    /// The zone in which reply timestamps are written; the wire carries none.
    public var timestampTimeZone: TimeZone

    /// The largest request body that the server reads, in bytes; a larger one is answered with `413`.
    public var maximumRequestBodySize: Int

    /// Whether a call to an endpoint that requires authorization is answered with `400` when it has no
    /// `Authorization` header, as ZStack does. The header's value is not checked: a middleware can do that.
    public var requiresAuthorizationHeader: Bool

    /// Whether the `500` reply to an error that is not a ``ZStackServerError`` names that error in its details.
    ///
    /// Useful for mocks and tests; keep it off where replies may reach parties that should not see internals.
    public var revealsInternalErrors: Bool

    /// The table of the jobs of asynchronous calls, which also bounds how long finished jobs are kept.
    public var jobs: ZStackJobTable

    /// Creates server settings.
    ///
    /// - Parameters:
    ///   - timestampTimeZone: The zone in which reply timestamps are written.
    ///   - maximumRequestBodySize: The largest request body that the server reads, in bytes.
    ///   - requiresAuthorizationHeader: Whether calls that need authorization must carry the header.
    ///   - revealsInternalErrors: Whether `500` replies name the error that the handler threw.
    ///   - jobs: The table of the jobs of asynchronous calls.
    public init(
        timestampTimeZone: TimeZone = ZStackTimestamp.defaultTimeZone,
        maximumRequestBodySize: Int = 16 * 1024 * 1024,
        requiresAuthorizationHeader: Bool = true,
        revealsInternalErrors: Bool = false,
        jobs: ZStackJobTable = ZStackJobTable()
    ) {
        self.timestampTimeZone = timestampTimeZone
        self.maximumRequestBodySize = maximumRequestBodySize
        self.requiresAuthorizationHeader = requiresAuthorizationHeader
        self.revealsInternalErrors = revealsInternalErrors
        self.jobs = jobs
    }
}
