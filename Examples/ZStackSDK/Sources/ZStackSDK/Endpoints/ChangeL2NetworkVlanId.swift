import HTTPTypes

/// ChangeL2NetworkVlanId
///
/// 修改二层物理VlanId
///
/// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum ChangeL2NetworkVlanId {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeL2NetworkVlanId",
            method: .put,
            pathTemplate: "/zstack/v1/l2-networks/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// The `vlan` field.
        public let vlan: Int?

        /// The `type` field.
        public let type: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - vlan: The `vlan` field.
        ///   - type: The `type` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            vlan: Int? = nil,
            type: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.vlan = vlan
            self.type = type
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
            guard ZStackFieldwise.same(lhs.vlan, rhs.vlan) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 修改二层物理VlanId结果
    ///
    /// An ``InventoryReply`` of ``L2NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<L2NetworkInventory>
}

nonisolated extension ZStackClient {
    /// ChangeL2NetworkVlanId
    ///
    /// 修改二层物理VlanId
    ///
    /// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vlan: The `vlan` field.
    ///   - type: The `type` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改二层物理VlanId结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeL2NetworkVlanId(
        uuid: String,
        vlan: Int? = nil,
        type: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeL2NetworkVlanId.Response {
        try await changeL2NetworkVlanId(
            ChangeL2NetworkVlanId.Request(
                uuid: uuid,
                vlan: vlan,
                type: type,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeL2NetworkVlanId
    ///
    /// 修改二层物理VlanId
    ///
    /// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改二层物理VlanId结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeL2NetworkVlanId(
        _ request: ChangeL2NetworkVlanId.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeL2NetworkVlanId.Response {
        let call = ZStackRequestBuilder(operation: ChangeL2NetworkVlanId.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeL2NetworkVlanId") { wrapped in
                try wrapped.encodeValue(request.vlan, forKey: "vlan")
                try wrapped.encodeValue(request.type, forKey: "type")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
