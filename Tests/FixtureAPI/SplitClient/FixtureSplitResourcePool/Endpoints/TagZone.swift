public import FixtureSplitCore
import HTTPTypes

/// Tag Zone
///
/// `PUT /zstack/v1/zones/{uuid}/actions`, synchronous, authorization required.
///
/// Category: Resource Pool › Zone Related Interfaces
///
/// - Since: 4.10
public nonisolated enum TagZone {
    /// The endpoint's static description.
    public static var operation: FixtureOperation {
        FixtureOperation(
            id: "TagZone",
            method: .put,
            pathTemplate: "/zstack/v1/zones/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Resource UUID
        public let uuid: String

        /// System Tags
        public let systemTags: [String]

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: Resource UUID
        ///   - systemTags: System Tags
        public init(uuid: String, systemTags: [String]) {
            self.uuid = uuid
            self.systemTags = systemTags
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
            return FixtureFieldwise.same(lhs.systemTags, rhs.systemTags)
        }
    }

    /// The tagged zone.
    ///
    /// An ``InventoryReply`` of ``ZoneInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: For details, see inventory
    public typealias Response = InventoryReply<ZoneInventory>
}

nonisolated extension FixtureClient {
    /// Tag Zone
    ///
    /// `PUT /zstack/v1/zones/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Since: 4.10
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The tagged zone.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func tagZone(
        _ request: TagZone.Request
    ) async throws -> TagZone.Response {
        let call = FixtureRequestBuilder(operation: TagZone.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = FixtureJSONBody { body in
            body.encodeObject(forKey: "tagZone") { _ in }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
        }
        return try await perform(call)
    }
}
