import HTTPTypes

/// 更新镜像信息(UpdateImage)
///
/// 更新镜像信息
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum UpdateImage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateImage",
        method: .put,
        pathTemplate: "/zstack/v1/images/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 镜像的UUID，唯一标示该镜像
        public var uuid: String

        /// 镜像名称
        public var name: String?

        /// 镜像的详细描述
        public var description: String?

        /// 镜像对应的客户机操作系统类型
        public var guestOsType: String?

        /// 镜像的类型
        public var mediaType: UpdateImageMediaType?

        /// 镜像的格式
        public var format: UpdateImageFormat?

        /// 标识是否为系统镜像
        public var system: Bool?

        /// 镜像的系统平台
        public var platform: UpdateImagePlatform?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `architecture` field.
        public var architecture: UpdateImageArchitecture?

        /// The `virtio` field.
        public var virtio: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 镜像的UUID，唯一标示该镜像
        ///   - name: 镜像名称
        ///   - description: 镜像的详细描述
        ///   - guestOsType: 镜像对应的客户机操作系统类型
        ///   - mediaType: 镜像的类型
        ///   - format: 镜像的格式
        ///   - system: 标识是否为系统镜像
        ///   - platform: 镜像的系统平台
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - architecture: The `architecture` field.
        ///   - virtio: The `virtio` field.
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            guestOsType: String? = nil,
            mediaType: UpdateImageMediaType? = nil,
            format: UpdateImageFormat? = nil,
            system: Bool? = nil,
            platform: UpdateImagePlatform? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            architecture: UpdateImageArchitecture? = nil,
            virtio: Bool? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.guestOsType = guestOsType
            self.mediaType = mediaType
            self.format = format
            self.system = system
            self.platform = platform
            self.systemTags = systemTags
            self.userTags = userTags
            self.architecture = architecture
            self.virtio = virtio
        }
    }

    /// The JSON body of a request: `{"updateImage": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateImage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String?
            var description: String?
            var guestOsType: String?
            var mediaType: UpdateImageMediaType?
            var format: UpdateImageFormat?
            var system: Bool?
            var platform: UpdateImagePlatform?
            var architecture: UpdateImageArchitecture?
            var virtio: Bool?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.guestOsType = request.guestOsType
                self.mediaType = request.mediaType
                self.format = request.format
                self.system = request.system
                self.platform = request.platform
                self.architecture = request.architecture
                self.virtio = request.virtio
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case guestOsType = "guestOsType"
                case mediaType = "mediaType"
                case format = "format"
                case system = "system"
                case platform = "platform"
                case architecture = "architecture"
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
    /// 更新镜像信息(UpdateImage)
    ///
    /// 更新镜像信息
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 镜像的UUID，唯一标示该镜像
    ///   - name: 镜像名称
    ///   - description: 镜像的详细描述
    ///   - guestOsType: 镜像对应的客户机操作系统类型
    ///   - mediaType: 镜像的类型
    ///   - format: 镜像的格式
    ///   - system: 标识是否为系统镜像
    ///   - platform: 镜像的系统平台
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - architecture: The `architecture` field.
    ///   - virtio: The `virtio` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateImage(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        guestOsType: String? = nil,
        mediaType: UpdateImageMediaType? = nil,
        format: UpdateImageFormat? = nil,
        system: Bool? = nil,
        platform: UpdateImagePlatform? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        architecture: UpdateImageArchitecture? = nil,
        virtio: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateImage.Response {
        try await updateImage(
            UpdateImage.Request(
                uuid: uuid,
                name: name,
                description: description,
                guestOsType: guestOsType,
                mediaType: mediaType,
                format: format,
                system: system,
                platform: platform,
                systemTags: systemTags,
                userTags: userTags,
                architecture: architecture,
                virtio: virtio
            ),
            polling: polling
        )
    }

    /// 更新镜像信息(UpdateImage)
    ///
    /// 更新镜像信息
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateImage(
        _ request: UpdateImage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateImage.Response {
        var call = ZStackRequestBuilder(operation: UpdateImage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateImage.Body(request)
        return try await perform(call, polling: polling)
    }
}
