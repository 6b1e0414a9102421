import HTTPTypes

/// 添加镜像(AddImage)
///
/// 向镜像服务器添加镜像
///
/// `POST /zstack/v1/images`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum AddImage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddImage",
        method: .post,
        pathTemplate: "/zstack/v1/images",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 镜像名称
        public var name: String

        /// 被添加镜像的URL地址
        public var url: String

        /// 指定添加镜像的镜像服务器UUID列表
        public var backupStorageUuids: [String]

        /// 镜像的详细描述
        public var description: String?

        /// 镜像的类型
        public var mediaType: AddImageMediaType?

        /// 镜像对应客户机操作系统的类型
        public var guestOsType: String?

        /// 是否系统镜像（如，虚拟路由镜像）
        public var system: Bool?

        /// 镜像的格式，比如：raw
        public var format: String?

        /// 镜像的系统平台
        public var platform: AddImagePlatform?

        /// 内部使用字段
        public var type: String?

        /// 资源UUID。若指定，镜像会使用该字段值作为UUID。
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `architecture` field.
        public var architecture: AddImageArchitecture?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// The `virtio` field.
        public var virtio: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 镜像名称
        ///   - url: 被添加镜像的URL地址
        ///   - backupStorageUuids: 指定添加镜像的镜像服务器UUID列表
        ///   - description: 镜像的详细描述
        ///   - mediaType: 镜像的类型
        ///   - guestOsType: 镜像对应客户机操作系统的类型
        ///   - system: 是否系统镜像（如，虚拟路由镜像）
        ///   - format: 镜像的格式，比如：raw
        ///   - platform: 镜像的系统平台
        ///   - type: 内部使用字段
        ///   - resourceUuid: 资源UUID。若指定，镜像会使用该字段值作为UUID。
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - architecture: The `architecture` field.
        ///   - tagUuids: 标签UUID列表
        ///   - virtio: The `virtio` field.
        public init(
            name: String,
            url: String,
            backupStorageUuids: [String],
            description: String? = nil,
            mediaType: AddImageMediaType? = nil,
            guestOsType: String? = nil,
            system: Bool? = nil,
            format: String? = nil,
            platform: AddImagePlatform? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            architecture: AddImageArchitecture? = nil,
            tagUuids: [String]? = nil,
            virtio: Bool? = nil
        ) {
            self.name = name
            self.url = url
            self.backupStorageUuids = backupStorageUuids
            self.description = description
            self.mediaType = mediaType
            self.guestOsType = guestOsType
            self.system = system
            self.format = format
            self.platform = platform
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.architecture = architecture
            self.tagUuids = tagUuids
            self.virtio = virtio
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
            var url: String
            var mediaType: AddImageMediaType?
            var guestOsType: String?
            var system: Bool?
            var format: String?
            var platform: AddImagePlatform?
            var backupStorageUuids: [String]
            var type: String?
            var resourceUuid: String?
            var architecture: AddImageArchitecture?
            var tagUuids: [String]?
            var virtio: Bool?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.url = request.url
                self.mediaType = request.mediaType
                self.guestOsType = request.guestOsType
                self.system = request.system
                self.format = request.format
                self.platform = request.platform
                self.backupStorageUuids = request.backupStorageUuids
                self.type = request.type
                self.resourceUuid = request.resourceUuid
                self.architecture = request.architecture
                self.tagUuids = request.tagUuids
                self.virtio = request.virtio
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case url = "url"
                case mediaType = "mediaType"
                case guestOsType = "guestOsType"
                case system = "system"
                case format = "format"
                case platform = "platform"
                case backupStorageUuids = "backupStorageUuids"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case architecture = "architecture"
                case tagUuids = "tagUuids"
                case virtio = "virtio"
            }
        }
    }

    /// 镜像清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ImageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ImageInventory? = nil) {
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
    /// 添加镜像(AddImage)
    ///
    /// 向镜像服务器添加镜像
    ///
    /// `POST /zstack/v1/images`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - name: 镜像名称
    ///   - url: 被添加镜像的URL地址
    ///   - backupStorageUuids: 指定添加镜像的镜像服务器UUID列表
    ///   - description: 镜像的详细描述
    ///   - mediaType: 镜像的类型
    ///   - guestOsType: 镜像对应客户机操作系统的类型
    ///   - system: 是否系统镜像（如，虚拟路由镜像）
    ///   - format: 镜像的格式，比如：raw
    ///   - platform: 镜像的系统平台
    ///   - type: 内部使用字段
    ///   - resourceUuid: 资源UUID。若指定，镜像会使用该字段值作为UUID。
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - architecture: The `architecture` field.
    ///   - tagUuids: 标签UUID列表
    ///   - virtio: The `virtio` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addImage(
        name: String,
        url: String,
        backupStorageUuids: [String],
        description: String? = nil,
        mediaType: AddImageMediaType? = nil,
        guestOsType: String? = nil,
        system: Bool? = nil,
        format: String? = nil,
        platform: AddImagePlatform? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        architecture: AddImageArchitecture? = nil,
        tagUuids: [String]? = nil,
        virtio: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddImage.Response {
        try await addImage(
            AddImage.Request(
                name: name,
                url: url,
                backupStorageUuids: backupStorageUuids,
                description: description,
                mediaType: mediaType,
                guestOsType: guestOsType,
                system: system,
                format: format,
                platform: platform,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                architecture: architecture,
                tagUuids: tagUuids,
                virtio: virtio
            ),
            polling: polling
        )
    }

    /// 添加镜像(AddImage)
    ///
    /// 向镜像服务器添加镜像
    ///
    /// `POST /zstack/v1/images`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addImage(
        _ request: AddImage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddImage.Response {
        var call = ZStackRequestBuilder(operation: AddImage.operation)
        call.jsonBody = AddImage.Body(request)
        return try await perform(call, polling: polling)
    }
}
