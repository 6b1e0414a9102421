import HTTPTypes

/// AddSdnController
///
/// 添加SDN控制器
///
/// `POST /zstack/v1/sdn-controllers`, asynchronous, authorization required.
///
/// Category: SdnController
public nonisolated enum AddSdnController {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddSdnController",
            method: .post,
            pathTemplate: "/zstack/v1/sdn-controllers",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `vendorType` field.
        public let vendorType: String

        /// 资源名称
        public let name: String

        /// The `ip` field.
        public let ip: String

        /// The `userName` field.
        public let userName: String

        /// The `password` field.
        public let password: String

        /// 资源的详细描述
        public let description: String?

        /// The `resourceUuid` field.
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vendorType: The `vendorType` field.
        ///   - name: 资源名称
        ///   - ip: The `ip` field.
        ///   - userName: The `userName` field.
        ///   - password: The `password` field.
        ///   - description: 资源的详细描述
        ///   - resourceUuid: The `resourceUuid` field.
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            vendorType: String,
            name: String,
            ip: String,
            userName: String,
            password: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vendorType = vendorType
            self.name = name
            self.ip = ip
            self.userName = userName
            self.password = password
            self.description = description
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.vendorType, rhs.vendorType) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
            guard ZStackFieldwise.same(lhs.userName, rhs.userName) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// SDN控制器清单
    ///
    /// An ``InventoryReply`` of ``SdnControllerInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<SdnControllerInventory>
}

nonisolated extension ZStackClient {
    /// AddSdnController
    ///
    /// 添加SDN控制器
    ///
    /// `POST /zstack/v1/sdn-controllers`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - vendorType: The `vendorType` field.
    ///   - name: 资源名称
    ///   - ip: The `ip` field.
    ///   - userName: The `userName` field.
    ///   - password: The `password` field.
    ///   - description: 资源的详细描述
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: SDN控制器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSdnController(
        vendorType: String,
        name: String,
        ip: String,
        userName: String,
        password: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSdnController.Response {
        try await addSdnController(
            AddSdnController.Request(
                vendorType: vendorType,
                name: name,
                ip: ip,
                userName: userName,
                password: password,
                description: description,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddSdnController
    ///
    /// 添加SDN控制器
    ///
    /// `POST /zstack/v1/sdn-controllers`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: SDN控制器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSdnController(
        _ request: AddSdnController.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSdnController.Response {
        let call = ZStackRequestBuilder(operation: AddSdnController.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.vendorType, forKey: "vendorType")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.ip, forKey: "ip")
                try wrapped.encodeValue(request.userName, forKey: "userName")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
