import HTTPTypes

/// 通过网络CIDR添加IP地址范围(AddIpRangeByNetworkCidr)
///
/// 通过网络CIDR添加IP地址范围
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum AddIpRangeByNetworkCidr {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddIpRangeByNetworkCidr",
            method: .post,
            pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 三层网络的名称
        public let name: String

        /// 网络CIDR
        public let networkCidr: String

        /// 三层网络的详细描述
        public let description: String?

        /// 网关
        public let gateway: String?

        /// 地址段类型
        public let ipRangeType: AddIpRangeByNetworkCidrIpRangeType?

        /// 资源UUID。若指定，三层网络会使用该字段值作为UUID
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
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - name: 三层网络的名称
        ///   - networkCidr: 网络CIDR
        ///   - description: 三层网络的详细描述
        ///   - gateway: 网关
        ///   - ipRangeType: 地址段类型
        ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            l3NetworkUuid: String,
            name: String,
            networkCidr: String,
            description: String? = nil,
            gateway: String? = nil,
            ipRangeType: AddIpRangeByNetworkCidrIpRangeType? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.name = name
            self.networkCidr = networkCidr
            self.description = description
            self.gateway = gateway
            self.ipRangeType = ipRangeType
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
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.networkCidr, rhs.networkCidr) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.gateway, rhs.gateway) else { return false }
            guard ZStackFieldwise.same(lhs.ipRangeType, rhs.ipRangeType) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 三层网络清单
    public final class Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventories` field.
        public let inventories: IpRangeInventory?

        /// The `inventory` field.
        public let inventory: IpRangeInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        ///   - inventory: The `inventory` field.
        public init(
            success: Bool? = nil,
            error: ErrorCode? = nil,
            inventories: IpRangeInventory? = nil,
            inventory: IpRangeInventory? = nil
        ) {
            self.success = success
            self.error = error
            self.inventories = inventories
            self.inventory = inventory
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventories = try object.optionalValue(IpRangeInventory.self, forKey: "inventories")
            self.inventory = try object.optionalValue(IpRangeInventory.self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventories, forKey: "inventories")
            try object.encodeValue(self.inventory, forKey: "inventory")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.inventories, rhs.inventories) else { return false }
            return ZStackFieldwise.same(lhs.inventory, rhs.inventory)
        }
    }
}

nonisolated extension ZStackClient {
    /// 通过网络CIDR添加IP地址范围(AddIpRangeByNetworkCidr)
    ///
    /// 通过网络CIDR添加IP地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - name: 三层网络的名称
    ///   - networkCidr: 网络CIDR
    ///   - description: 三层网络的详细描述
    ///   - gateway: 网关
    ///   - ipRangeType: 地址段类型
    ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addIpRangeByNetworkCidr(
        l3NetworkUuid: String,
        name: String,
        networkCidr: String,
        description: String? = nil,
        gateway: String? = nil,
        ipRangeType: AddIpRangeByNetworkCidrIpRangeType? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddIpRangeByNetworkCidr.Response {
        try await addIpRangeByNetworkCidr(
            AddIpRangeByNetworkCidr.Request(
                l3NetworkUuid: l3NetworkUuid,
                name: name,
                networkCidr: networkCidr,
                description: description,
                gateway: gateway,
                ipRangeType: ipRangeType,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 通过网络CIDR添加IP地址范围(AddIpRangeByNetworkCidr)
    ///
    /// 通过网络CIDR添加IP地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addIpRangeByNetworkCidr(
        _ request: AddIpRangeByNetworkCidr.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddIpRangeByNetworkCidr.Response {
        let call = ZStackRequestBuilder(operation: AddIpRangeByNetworkCidr.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.networkCidr, forKey: "networkCidr")
                try wrapped.encodeValue(request.gateway, forKey: "gateway")
                try wrapped.encodeValue(request.ipRangeType, forKey: "ipRangeType")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
