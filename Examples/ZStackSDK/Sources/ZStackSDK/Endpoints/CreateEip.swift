import HTTPTypes

/// 创建弹性IP(CreateEip)
///
/// 创建弹性IP
///
/// `POST /zstack/v1/eips`, asynchronous, authorization required.
///
/// Category: 弹性IP
public nonisolated enum CreateEip {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateEip",
            method: .post,
            pathTemplate: "/zstack/v1/eips",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 弹性IP名称
        public let name: String

        /// VIP UUID
        public let vipUuid: String

        /// 弹性IP的详细描述
        public let description: String?

        /// 云主机网卡UUID
        public let vmNicUuid: String?

        /// The `usedIpUuid` field.
        public let usedIpUuid: String?

        /// 资源UUID。若指定，云主机会使用该字段值作为UUID
        public let resourceUuid: String?

        /// EIP的系统标签
        public let systemTags: [String]?

        /// EIP的用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 弹性IP名称
        ///   - vipUuid: VIP UUID
        ///   - description: 弹性IP的详细描述
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - usedIpUuid: The `usedIpUuid` field.
        ///   - resourceUuid: 资源UUID。若指定，云主机会使用该字段值作为UUID
        ///   - systemTags: EIP的系统标签
        ///   - userTags: EIP的用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            vipUuid: String,
            description: String? = nil,
            vmNicUuid: String? = nil,
            usedIpUuid: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.vipUuid = vipUuid
            self.description = description
            self.vmNicUuid = vmNicUuid
            self.usedIpUuid = usedIpUuid
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.vipUuid, rhs.vipUuid) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
            guard ZStackFieldwise.same(lhs.usedIpUuid, rhs.usedIpUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// Eip清单
    ///
    /// An ``InventoryReply`` of ``EipInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<EipInventory>
}

nonisolated extension ZStackClient {
    /// 创建弹性IP(CreateEip)
    ///
    /// 创建弹性IP
    ///
    /// `POST /zstack/v1/eips`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - name: 弹性IP名称
    ///   - vipUuid: VIP UUID
    ///   - description: 弹性IP的详细描述
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - usedIpUuid: The `usedIpUuid` field.
    ///   - resourceUuid: 资源UUID。若指定，云主机会使用该字段值作为UUID
    ///   - systemTags: EIP的系统标签
    ///   - userTags: EIP的用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Eip清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createEip(
        name: String,
        vipUuid: String,
        description: String? = nil,
        vmNicUuid: String? = nil,
        usedIpUuid: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateEip.Response {
        try await createEip(
            CreateEip.Request(
                name: name,
                vipUuid: vipUuid,
                description: description,
                vmNicUuid: vmNicUuid,
                usedIpUuid: usedIpUuid,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 创建弹性IP(CreateEip)
    ///
    /// 创建弹性IP
    ///
    /// `POST /zstack/v1/eips`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Eip清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createEip(
        _ request: CreateEip.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateEip.Response {
        let call = ZStackRequestBuilder(operation: CreateEip.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.vipUuid, forKey: "vipUuid")
                try wrapped.encodeValue(request.vmNicUuid, forKey: "vmNicUuid")
                try wrapped.encodeValue(request.usedIpUuid, forKey: "usedIpUuid")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
