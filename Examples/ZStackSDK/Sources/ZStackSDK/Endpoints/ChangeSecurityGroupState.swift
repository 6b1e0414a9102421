import HTTPTypes

/// ChangeSecurityGroupState
///
/// 改变安全组状态
///
/// 改变安全组状态
///
/// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: securityGroup
public nonisolated enum ChangeSecurityGroupState {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeSecurityGroupState",
            method: .put,
            pathTemplate: "/zstack/v1/security-groups/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 安全组状态
        public let stateEvent: ChangeSecurityGroupStateStateEvent

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - stateEvent: 安全组状态
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            stateEvent: ChangeSecurityGroupStateStateEvent,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.stateEvent = stateEvent
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
            guard ZStackFieldwise.same(lhs.stateEvent, rhs.stateEvent) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 安全组（Security Group）清单
    ///
    /// An ``InventoryReply`` of ``SecurityGroupInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<SecurityGroupInventory>
}

nonisolated extension ZStackClient {
    /// ChangeSecurityGroupState
    ///
    /// 改变安全组状态
    ///
    /// 改变安全组状态
    ///
    /// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - stateEvent: 安全组状态
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeSecurityGroupState(
        uuid: String,
        stateEvent: ChangeSecurityGroupStateStateEvent,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeSecurityGroupState.Response {
        try await changeSecurityGroupState(
            ChangeSecurityGroupState.Request(
                uuid: uuid,
                stateEvent: stateEvent,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeSecurityGroupState
    ///
    /// 改变安全组状态
    ///
    /// 改变安全组状态
    ///
    /// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeSecurityGroupState(
        _ request: ChangeSecurityGroupState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeSecurityGroupState.Response {
        let call = ZStackRequestBuilder(operation: ChangeSecurityGroupState.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeSecurityGroupState") { wrapped in
                try wrapped.encodeValue(request.stateEvent, forKey: "stateEvent")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
