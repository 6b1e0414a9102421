public import ZStackClient

/// The server side of the ZStack Cloud REST API: one method per endpoint.
///
/// A type that conforms answers the calls of every endpoint; ``registerHandlers(on:serverURL:configuration:middlewares:)``
/// serves it on any `ServerTransport` of the Swift OpenAPI ecosystem (Hummingbird, Vapor, …). Each method gets the
/// same typed request that the client's method of the endpoint sends, and returns the same typed reply.
///
/// ```swift
/// struct Handler: ZStackAPIHandler {
///     func updateGuestToolsState(
///         _ request: UpdateGuestToolsState.Request
///     ) async throws -> UpdateGuestToolsState.Response {
///         UpdateGuestToolsState.Response()
///     }
/// }
///
/// let router = Router()
/// try Handler().registerHandlers(on: router)
/// ```
///
/// A method answers with a failure reply by throwing ``ZStackServerError``; any other error is answered with
/// `500 Internal Server Error`. Methods of asynchronous endpoints run as jobs after the call has been accepted.
public nonisolated protocol ZStackAPIHandler: Sendable {
    /// Update Guest Tools State
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`, synchronous, authorization required.
    ///
    /// - Since: 4.6.21
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: On success, this API returns the following response structure.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateGuestToolsState(
        _ request: UpdateGuestToolsState.Request
    ) async throws -> UpdateGuestToolsState.Response
}
