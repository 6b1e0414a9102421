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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddImage",
            method: .post,
            pathTemplate: "/zstack/v1/images",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像名称
        public let name: String

        /// 被添加镜像的URL地址
        public let url: String

        /// 指定添加镜像的镜像服务器UUID列表
        public let backupStorageUuids: [String]

        /// 镜像的详细描述
        public let description: String?

        /// 镜像的类型
        public let mediaType: AddImageMediaType?

        /// 镜像对应客户机操作系统的类型
        public let guestOsType: String?

        /// 是否系统镜像（如，虚拟路由镜像）
        public let system: Bool?

        /// 镜像的格式，比如：raw
        public let format: String?

        /// 镜像的系统平台
        public let platform: AddImagePlatform?

        /// 内部使用字段
        public let type: String?

        /// 资源UUID。若指定，镜像会使用该字段值作为UUID。
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `architecture` field.
        public let architecture: AddImageArchitecture?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// The `virtio` field.
        public let virtio: Bool?

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
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.backupStorageUuids, rhs.backupStorageUuids) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.mediaType, rhs.mediaType) else { return false }
            guard ZStackFieldwise.same(lhs.guestOsType, rhs.guestOsType) else { return false }
            guard ZStackFieldwise.same(lhs.system, rhs.system) else { return false }
            guard ZStackFieldwise.same(lhs.format, rhs.format) else { return false }
            guard ZStackFieldwise.same(lhs.platform, rhs.platform) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.architecture, rhs.architecture) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            return ZStackFieldwise.same(lhs.virtio, rhs.virtio)
        }
    }

    /// 镜像清单
    ///
    /// An ``InventoryReply`` of ``ImageInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ImageInventory>
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
        let call = ZStackRequestBuilder(operation: AddImage.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.mediaType, forKey: "mediaType")
                try wrapped.encodeValue(request.guestOsType, forKey: "guestOsType")
                try wrapped.encodeValue(request.system, forKey: "system")
                try wrapped.encodeValue(request.format, forKey: "format")
                try wrapped.encodeValue(request.platform, forKey: "platform")
                try wrapped.encodeValue(request.backupStorageUuids, forKey: "backupStorageUuids")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.architecture, forKey: "architecture")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.virtio, forKey: "virtio")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
