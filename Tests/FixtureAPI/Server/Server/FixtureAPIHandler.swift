public import FixtureAPI

/// The server side of the apigen test fixture API: one method per endpoint.
///
/// A type that conforms answers the calls of every endpoint; ``registerHandlers(on:serverURL:configuration:middlewares:)``
/// serves it on any `ServerTransport` of the Swift OpenAPI ecosystem (Hummingbird, Vapor, …). Each method gets the
/// same typed request that the client's method of the endpoint sends, and returns the same typed reply.
///
/// ```swift
/// struct Handler: FixtureAPIHandler {
///     func createZone(
///         _ request: CreateZone.Request
///     ) async throws -> CreateZone.Response {
///         CreateZone.Response()
///     }
///     // ... and one method for each other endpoint.
/// }
///
/// let router = Router()
/// try Handler().registerHandlers(on: router)
/// ```
///
/// A method answers with a failure reply by throwing ``FixtureServerError``; any other error is answered with
/// `500 Internal Server Error`. Methods of asynchronous endpoints run as jobs after the call has been accepted.
public nonisolated protocol FixtureAPIHandler: Sendable {
    /// Create Zone
    ///
    /// Creates a zone, the largest unit of resources in a data center.
    ///
    /// `POST /zstack/v1/zones`, asynchronous, authorization required. The method runs as a job after the call has been
    /// accepted.
    ///
    /// - Since: 0.6
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The created zone.
    /// - Throws: ``FixtureServerError`` to answer with a failure reply.
    func createZone(
        _ request: CreateZone.Request
    ) async throws -> CreateZone.Response

    /// Delete Zone
    ///
    /// `DELETE /zstack/v1/zones/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Since: 0.6
    /// - Important: Deprecated since 5.0. Use DeleteZones instead.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: An empty reply.
    /// - Throws: ``FixtureServerError`` to answer with a failure reply.
    @available(*, deprecated, message: "Deprecated since 5.0. Use DeleteZones instead.")
    func deleteZone(
        _ request: DeleteZone.Request
    ) async throws -> DeleteZone.Response

    /// Log In by Account
    ///
    /// Opens a session for an account.
    ///
    /// `PUT /zstack/v1/accounts/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The new session.
    /// - Throws: ``FixtureServerError`` to answer with a failure reply.
    func logInByAccount(
        _ request: LogInByAccount.Request
    ) async throws -> LogInByAccount.Response

    /// Log Out
    ///
    /// Ends a session.
    ///
    /// `DELETE /zstack/v1/accounts/sessions/{sessionUuid}`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: An empty reply.
    /// - Throws: ``FixtureServerError`` to answer with a failure reply.
    func logOut(
        _ request: LogOut.Request
    ) async throws -> LogOut.Response

    /// Query VM Instances
    ///
    /// Lists the VM instances that match every condition, a page at a time.
    ///
    /// `GET /zstack/v1/vm-instances`, synchronous, authorization required.
    ///
    /// - Since: 0.6
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The VM instances that match.
    /// - Throws: ``FixtureServerError`` to answer with a failure reply.
    func queryVmInstance(
        _ request: QueryVmInstance.Request
    ) async throws -> QueryVmInstance.Response

    /// Query Zones
    ///
    /// `GET /zstack/v1/zones`, synchronous, authorization required.
    ///
    /// - Since: 4.10
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The zones that match.
    /// - Throws: ``FixtureServerError`` to answer with a failure reply.
    func queryZone(
        _ request: QueryZone.Request
    ) async throws -> QueryZone.Response

    /// Start VM Instance
    ///
    /// Starts a stopped VM instance; the job ends when it runs.
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Since: 0.6
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The started VM instance.
    /// - Throws: ``FixtureServerError`` to answer with a failure reply.
    func startVmInstance(
        _ request: StartVmInstance.Request
    ) async throws -> StartVmInstance.Response

    /// Tag Zone
    ///
    /// `PUT /zstack/v1/zones/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Since: 4.10
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The tagged zone.
    /// - Throws: ``FixtureServerError`` to answer with a failure reply.
    func tagZone(
        _ request: TagZone.Request
    ) async throws -> TagZone.Response

    /// Update Awkward Thing
    ///
    /// Every name here is chosen to trip up a code generator: `default`, `self`, `Type`, `2fa`, ...
    ///
    /// `PUT /fixture/v1/things/{thing-uuid}/actions`, synchronous, no authorization.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The awkward thing.
    /// - Throws: ``FixtureServerError`` to answer with a failure reply.
    func updateAwkwardThing(
        _ request: UpdateAwkwardThing.Request
    ) async throws -> UpdateAwkwardThing.Response
}
