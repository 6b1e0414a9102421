public import FixtureSplitCore
import HTTPTypes

/// Start VM Instance
///
/// Starts a stopped VM instance; the job ends when it runs.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: Compute › VM Instance Related Interfaces
///
/// - Since: 0.6
public nonisolated enum StartVmInstance {
    /// The endpoint's static description.
    public static var operation: FixtureOperation {
        FixtureOperation(
            id: "StartVmInstance",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The VM instance's UUID
        public let uuid: String

        /// The host to start it on; any suitable host if none
        public let hostUuid: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: The VM instance's UUID
        ///   - hostUuid: The host to start it on; any suitable host if none
        public init(uuid: String, hostUuid: String? = nil) {
            self.uuid = uuid
            self.hostUuid = hostUuid
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard FixtureFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            return FixtureFieldwise.same(lhs.hostUuid, rhs.hostUuid)
        }
    }

    /// The started VM instance.
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventory`: For details, see inventory
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension FixtureClient {
    /// Start VM Instance
    ///
    /// Starts a stopped VM instance; the job ends when it runs.
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Since: 0.6
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The started VM instance.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func startVmInstance(
        _ request: StartVmInstance.Request,
        polling: FixturePolling? = nil
    ) async throws -> StartVmInstance.Response {
        let call = FixtureRequestBuilder(operation: StartVmInstance.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = FixtureJSONBody { body in
            try body.encodeObject(forKey: "startVmInstance") { wrapped in
                try wrapped.encodeValue(request.hostUuid, forKey: "hostUuid")
            }
        }
        return try await perform(call, polling: polling)
    }
}
