import HTTPTypes

/// 创建三层网络(CreateL3Network)
///
/// 创建三层网络
///
/// `POST /zstack/v1/l3-networks`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum CreateL3Network {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateL3Network",
        method: .post,
        pathTemplate: "/zstack/v1/l3-networks",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 三层网络的名称
        public var name: String

        /// 二层网络UUID
        public var l2NetworkUuid: String

        /// 三层网络的详细描述
        public var description: String?

        /// 三层网络类型
        public var type: String?

        /// ip协议号
        public var ipVersion: CreateL3NetworkIpVersion?

        /// 是否用于系统云主机
        public var system: Bool?

        /// DNS域
        public var dnsDomain: String?

        /// 资源UUID。若指定，三层网络会使用该字段值作为UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
        public var category: CreateL3NetworkCategory?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// IP地址管理是否启用
        public var enableIPAM: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 三层网络的名称
        ///   - l2NetworkUuid: 二层网络UUID
        ///   - description: 三层网络的详细描述
        ///   - type: 三层网络类型
        ///   - ipVersion: ip协议号
        ///   - system: 是否用于系统云主机
        ///   - dnsDomain: DNS域
        ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
        ///   - tagUuids: 标签UUID列表
        ///   - enableIPAM: IP地址管理是否启用
        public init(
            name: String,
            l2NetworkUuid: String,
            description: String? = nil,
            type: String? = nil,
            ipVersion: CreateL3NetworkIpVersion? = nil,
            system: Bool? = nil,
            dnsDomain: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            category: CreateL3NetworkCategory? = nil,
            tagUuids: [String]? = nil,
            enableIPAM: Bool? = nil
        ) {
            self.name = name
            self.l2NetworkUuid = l2NetworkUuid
            self.description = description
            self.type = type
            self.ipVersion = ipVersion
            self.system = system
            self.dnsDomain = dnsDomain
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.category = category
            self.tagUuids = tagUuids
            self.enableIPAM = enableIPAM
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String
            var description: String?
            var type: String?
            var l2NetworkUuid: String
            var ipVersion: CreateL3NetworkIpVersion?
            var system: Bool?
            var dnsDomain: String?
            var resourceUuid: String?
            var category: CreateL3NetworkCategory?
            var tagUuids: [String]?
            var enableIPAM: Bool?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.l2NetworkUuid = request.l2NetworkUuid
                self.ipVersion = request.ipVersion
                self.system = request.system
                self.dnsDomain = request.dnsDomain
                self.resourceUuid = request.resourceUuid
                self.category = request.category
                self.tagUuids = request.tagUuids
                self.enableIPAM = request.enableIPAM
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case type = "type"
                case l2NetworkUuid = "l2NetworkUuid"
                case ipVersion = "ipVersion"
                case system = "system"
                case dnsDomain = "dnsDomain"
                case resourceUuid = "resourceUuid"
                case category = "category"
                case tagUuids = "tagUuids"
                case enableIPAM = "enableIPAM"
            }
        }
    }

    /// 三层网络清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: L3NetworkInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: L3NetworkInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// 创建三层网络(CreateL3Network)
    ///
    /// 创建三层网络
    ///
    /// `POST /zstack/v1/l3-networks`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - name: 三层网络的名称
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - description: 三层网络的详细描述
    ///   - type: 三层网络类型
    ///   - ipVersion: ip协议号
    ///   - system: 是否用于系统云主机
    ///   - dnsDomain: DNS域
    ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
    ///   - tagUuids: 标签UUID列表
    ///   - enableIPAM: IP地址管理是否启用
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL3Network(
        name: String,
        l2NetworkUuid: String,
        description: String? = nil,
        type: String? = nil,
        ipVersion: CreateL3NetworkIpVersion? = nil,
        system: Bool? = nil,
        dnsDomain: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        category: CreateL3NetworkCategory? = nil,
        tagUuids: [String]? = nil,
        enableIPAM: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL3Network.Response {
        try await createL3Network(
            CreateL3Network.Request(
                name: name,
                l2NetworkUuid: l2NetworkUuid,
                description: description,
                type: type,
                ipVersion: ipVersion,
                system: system,
                dnsDomain: dnsDomain,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                category: category,
                tagUuids: tagUuids,
                enableIPAM: enableIPAM
            ),
            polling: polling
        )
    }

    /// 创建三层网络(CreateL3Network)
    ///
    /// 创建三层网络
    ///
    /// `POST /zstack/v1/l3-networks`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL3Network(
        _ request: CreateL3Network.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL3Network.Response {
        var call = ZStackRequestBuilder(operation: CreateL3Network.operation)
        call.jsonBody = CreateL3Network.Body(request)
        return try await perform(call, polling: polling)
    }
}
