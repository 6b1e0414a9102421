import ZStackSDK

/// The server side of ``CreateRootVolumeTemplateFromVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous.
nonisolated enum CreateRootVolumeTemplateFromVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CreateRootVolumeTemplateFromVolumeSnapshot.operation,
            bodyWrapper: "params"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateRootVolumeTemplateFromVolumeSnapshot.Request(
                snapshotUuid: try call.pathParameter("snapshotUuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                backupStorageUuids: try call.required(
                    body.wrapped?.backupStorageUuids,
                    .bodyField("params.backupStorageUuids")
                ),
                description: body.wrapped?.description,
                guestOsType: body.wrapped?.guestOsType,
                platform: body.wrapped?.platform,
                system: body.wrapped?.system,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                architecture: body.wrapped?.architecture,
                tagUuids: body.wrapped?.tagUuids,
                virtio: body.wrapped?.virtio
            )
            return { try await handler.createRootVolumeTemplateFromVolumeSnapshot(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let name: String?
            let description: String?
            let guestOsType: String?
            let backupStorageUuids: [String]?
            let platform: CreateRootVolumeTemplateFromVolumeSnapshotPlatform?
            let system: Bool?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let architecture: String?
            let tagUuids: [String]?
            let virtio: Bool?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.guestOsType = try object.optionalValue(String.self, forKey: "guestOsType")
                self.backupStorageUuids = try object.optionalValue([String].self, forKey: "backupStorageUuids")
                self.platform = try object.optionalValue(
                    CreateRootVolumeTemplateFromVolumeSnapshotPlatform.self,
                    forKey: "platform"
                )
                self.system = try object.optionalValue(Bool.self, forKey: "system")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.architecture = try object.optionalValue(String.self, forKey: "architecture")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.virtio = try object.optionalValue(Bool.self, forKey: "virtio")
            }
        }
    }
}
