import HTTPTypes

/// 更新三层网络(UpdateL3Network)
///
/// 更新三层网络
///
/// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum UpdateL3Network {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateL3Network",
            method: .put,
            pathTemplate: "/zstack/v1/l3-networks/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 三层网络的名称
        public let name: String?

        /// 三层网络的详细描述
        public let description: String?

        /// 是否用于系统云主机
        public let system: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
        public let category: UpdateL3NetworkCategory?

        /// The `dnsDomain` field.
        public let dnsDomain: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 三层网络的名称
        ///   - description: 三层网络的详细描述
        ///   - system: 是否用于系统云主机
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
        ///   - dnsDomain: The `dnsDomain` field.
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            system: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            category: UpdateL3NetworkCategory? = nil,
            dnsDomain: String? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.system = system
            self.systemTags = systemTags
            self.userTags = userTags
            self.category = category
            self.dnsDomain = dnsDomain
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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.system, rhs.system) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
            return ZStackFieldwise.same(lhs.dnsDomain, rhs.dnsDomain)
        }
    }

    /// 三层网络清单
    ///
    /// An ``InventoryReply`` of ``L3NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<L3NetworkInventory>
}

nonisolated extension ZStackClient {
    /// 更新三层网络(UpdateL3Network)
    ///
    /// 更新三层网络
    ///
    /// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 三层网络的名称
    ///   - description: 三层网络的详细描述
    ///   - system: 是否用于系统云主机
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
    ///   - dnsDomain: The `dnsDomain` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateL3Network(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        system: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        category: UpdateL3NetworkCategory? = nil,
        dnsDomain: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateL3Network.Response {
        try await updateL3Network(
            UpdateL3Network.Request(
                uuid: uuid,
                name: name,
                description: description,
                system: system,
                systemTags: systemTags,
                userTags: userTags,
                category: category,
                dnsDomain: dnsDomain
            ),
            polling: polling
        )
    }

    /// 更新三层网络(UpdateL3Network)
    ///
    /// 更新三层网络
    ///
    /// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateL3Network(
        _ request: UpdateL3Network.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateL3Network.Response {
        let call = ZStackRequestBuilder(operation: UpdateL3Network.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateL3Network") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.system, forKey: "system")
                try wrapped.encodeValue(request.category, forKey: "category")
                try wrapped.encodeValue(request.dnsDomain, forKey: "dnsDomain")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
