import HTTPTypes

/// 更新虚拟路由器规格(UpdateVirtualRouterOffering)
///
/// 更新虚拟路由器规格
///
/// `PUT /zstack/v1/instance-offerings/virtual-routers/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: 虚拟路由器
public nonisolated enum UpdateVirtualRouterOffering {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateVirtualRouterOffering",
        method: .put,
        pathTemplate: "/zstack/v1/instance-offerings/virtual-routers/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 默认
        public var isDefault: Bool?

        /// 镜像UUID
        public var imageUuid: String?

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `allocatorStrategy` field.
        public var allocatorStrategy: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - isDefault: 默认
        ///   - imageUuid: 镜像UUID
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - allocatorStrategy: The `allocatorStrategy` field.
        public init(
            uuid: String,
            isDefault: Bool? = nil,
            imageUuid: String? = nil,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            allocatorStrategy: String? = nil
        ) {
            self.uuid = uuid
            self.isDefault = isDefault
            self.imageUuid = imageUuid
            self.name = name
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
            self.allocatorStrategy = allocatorStrategy
        }
    }

    /// The JSON body of a request: `{"updateVirtualRouterOffering": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateVirtualRouterOffering"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var isDefault: Bool?
            var imageUuid: String?
            var name: String?
            var description: String?
            var allocatorStrategy: String?

            init(_ request: Request) {
                self.isDefault = request.isDefault
                self.imageUuid = request.imageUuid
                self.name = request.name
                self.description = request.description
                self.allocatorStrategy = request.allocatorStrategy
            }

            private enum CodingKeys: String, CodingKey {
                case isDefault = "isDefault"
                case imageUuid = "imageUuid"
                case name = "name"
                case description = "description"
                case allocatorStrategy = "allocatorStrategy"
            }
        }
    }

    /// 云主机规格清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 云主机规格清单
        public var inventory: InstanceOfferingInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 云主机规格清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: InstanceOfferingInventory? = nil) {
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
    /// 更新虚拟路由器规格(UpdateVirtualRouterOffering)
    ///
    /// 更新虚拟路由器规格
    ///
    /// `PUT /zstack/v1/instance-offerings/virtual-routers/{uuid}/actions`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - isDefault: 默认
    ///   - imageUuid: 镜像UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - allocatorStrategy: The `allocatorStrategy` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVirtualRouterOffering(
        uuid: String,
        isDefault: Bool? = nil,
        imageUuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        allocatorStrategy: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVirtualRouterOffering.Response {
        try await updateVirtualRouterOffering(
            UpdateVirtualRouterOffering.Request(
                uuid: uuid,
                isDefault: isDefault,
                imageUuid: imageUuid,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags,
                allocatorStrategy: allocatorStrategy
            ),
            polling: polling
        )
    }

    /// 更新虚拟路由器规格(UpdateVirtualRouterOffering)
    ///
    /// 更新虚拟路由器规格
    ///
    /// `PUT /zstack/v1/instance-offerings/virtual-routers/{uuid}/actions`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVirtualRouterOffering(
        _ request: UpdateVirtualRouterOffering.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVirtualRouterOffering.Response {
        var call = ZStackRequestBuilder(operation: UpdateVirtualRouterOffering.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateVirtualRouterOffering.Body(request)
        return try await perform(call, polling: polling)
    }
}
