import HTTPTypes

/// 创建VNI范围(CreateVniRange)d
///
/// 创建VNI范围
///
/// `POST /zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum CreateVniRange {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVniRange",
            method: .post,
            pathTemplate: "/zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 二层网络UUID
        public let l2NetworkUuid: String

        /// 资源名称
        public let name: String

        /// 起始VNI
        public let startVni: Int

        /// 结束VNI
        public let endVni: Int

        /// 资源的详细描述
        public let description: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l2NetworkUuid: 二层网络UUID
        ///   - name: 资源名称
        ///   - startVni: 起始VNI
        ///   - endVni: 结束VNI
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            l2NetworkUuid: String,
            name: String,
            startVni: Int,
            endVni: Int,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.l2NetworkUuid = l2NetworkUuid
            self.name = name
            self.startVni = startVni
            self.endVni = endVni
            self.description = description
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
            guard ZStackFieldwise.same(lhs.l2NetworkUuid, rhs.l2NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.startVni, rhs.startVni) else { return false }
            guard ZStackFieldwise.same(lhs.endVni, rhs.endVni) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// VNI范围清单
    ///
    /// An ``InventoryReply`` of ``VniRangeInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VniRangeInventory>
}

nonisolated extension ZStackClient {
    /// 创建VNI范围(CreateVniRange)d
    ///
    /// 创建VNI范围
    ///
    /// `POST /zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - name: 资源名称
    ///   - startVni: 起始VNI
    ///   - endVni: 结束VNI
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VNI范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVniRange(
        l2NetworkUuid: String,
        name: String,
        startVni: Int,
        endVni: Int,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVniRange.Response {
        try await createVniRange(
            CreateVniRange.Request(
                l2NetworkUuid: l2NetworkUuid,
                name: name,
                startVni: startVni,
                endVni: endVni,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 创建VNI范围(CreateVniRange)d
    ///
    /// 创建VNI范围
    ///
    /// `POST /zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VNI范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVniRange(
        _ request: CreateVniRange.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVniRange.Response {
        let call = ZStackRequestBuilder(operation: CreateVniRange.operation)
        call.setPathParameter("l2NetworkUuid", to: request.l2NetworkUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.startVni, forKey: "startVni")
                try wrapped.encodeValue(request.endVni, forKey: "endVni")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
