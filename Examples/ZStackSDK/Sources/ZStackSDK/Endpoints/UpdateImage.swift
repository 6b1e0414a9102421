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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateImage",
            method: .put,
            pathTemplate: "/zstack/v1/images/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像的UUID，唯一标示该镜像
        public let uuid: String

        /// 镜像名称
        public let name: String?

        /// 镜像的详细描述
        public let description: String?

        /// 镜像对应的客户机操作系统类型
        public let guestOsType: String?

        /// 镜像的类型
        public let mediaType: UpdateImageMediaType?

        /// 镜像的格式
        public let format: UpdateImageFormat?

        /// 标识是否为系统镜像
        public let system: Bool?

        /// 镜像的系统平台
        public let platform: UpdateImagePlatform?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `architecture` field.
        public let architecture: UpdateImageArchitecture?

        /// The `virtio` field.
        public let virtio: Bool?

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
            guard ZStackFieldwise.same(lhs.guestOsType, rhs.guestOsType) else { return false }
            guard ZStackFieldwise.same(lhs.mediaType, rhs.mediaType) else { return false }
            guard ZStackFieldwise.same(lhs.format, rhs.format) else { return false }
            guard ZStackFieldwise.same(lhs.system, rhs.system) else { return false }
            guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.architecture, rhs.architecture) else { return false }
            return ZStackFieldwise.same(lhs.virtio, rhs.virtio)
        }
    }

    /// 镜像清单
    ///
    /// An ``InventoryReply`` of ``ImageInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ImageInventory>
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
        let call = ZStackRequestBuilder(operation: UpdateImage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateImage") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.guestOsType, forKey: "guestOsType")
                try wrapped.encodeValue(request.mediaType, forKey: "mediaType")
                try wrapped.encodeValue(request.format, forKey: "format")
                try wrapped.encodeValue(request.system, forKey: "system")
                try wrapped.encodeValue(request.platform, forKey: "platform")
                try wrapped.encodeValue(request.architecture, forKey: "architecture")
                try wrapped.encodeValue(request.virtio, forKey: "virtio")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
