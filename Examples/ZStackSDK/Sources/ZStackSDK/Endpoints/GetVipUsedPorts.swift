import HTTPTypes

/// GetVipUsedPorts
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/vips/{uuid}/usedports`, synchronous, authorization required.
///
/// Category: virtualRouter
public nonisolated enum GetVipUsedPorts {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetVipUsedPorts",
            method: .get,
            pathTemplate: "/zstack/v1/vips/{uuid}/usedports",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// The `protocol` field.
        public let `protocol`: GetVipUsedPortsProtocolValue

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - protocol: The `protocol` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            protocol: GetVipUsedPortsProtocolValue,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.protocol = `protocol`
            self.systemTags = systemTags
            self.userTags = userTags
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.protocol, rhs.protocol) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoriesReply`` of ``ZStackJSONValue``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<ZStackJSONValue>
}

nonisolated extension ZStackClient {
    /// GetVipUsedPorts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/vips/{uuid}/usedports`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - protocol: The `protocol` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVipUsedPorts(
        uuid: String,
        protocol: GetVipUsedPortsProtocolValue,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetVipUsedPorts.Response {
        try await getVipUsedPorts(
            GetVipUsedPorts.Request(uuid: uuid, protocol: `protocol`, systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetVipUsedPorts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/vips/{uuid}/usedports`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getVipUsedPorts(
        _ request: GetVipUsedPorts.Request
    ) async throws -> GetVipUsedPorts.Response {
        let call = ZStackRequestBuilder(operation: GetVipUsedPorts.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItem("protocol", value: request.protocol.rawValue)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
