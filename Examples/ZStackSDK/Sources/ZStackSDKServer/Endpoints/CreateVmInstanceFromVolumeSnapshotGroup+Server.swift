import ZStackSDK

/// The server side of ``CreateVmInstanceFromVolumeSnapshotGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/from/volume-snapshots/group/{volumeSnapshotGroupUuid}`, asynchronous.
nonisolated enum CreateVmInstanceFromVolumeSnapshotGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CreateVmInstanceFromVolumeSnapshotGroup.operation,
            bodyWrapper: "params"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVmInstanceFromVolumeSnapshotGroup.Request(
                volumeSnapshotGroupUuid: try call.pathParameter("volumeSnapshotGroupUuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                description: body.wrapped?.description,
                instanceOfferingUuid: body.wrapped?.instanceOfferingUuid,
                cpuNum: body.wrapped?.cpuNum,
                memorySize: body.wrapped?.memorySize,
                l3NetworkUuids: body.wrapped?.l3NetworkUuids,
                type: body.wrapped?.type,
                zoneUuid: body.wrapped?.zoneUuid,
                clusterUuid: body.wrapped?.clusterUuid,
                hostUuid: body.wrapped?.hostUuid,
                primaryStorageUuidForRootVolume: body.wrapped?.primaryStorageUuidForRootVolume,
                defaultL3NetworkUuid: body.wrapped?.defaultL3NetworkUuid,
                strategy: body.wrapped?.strategy,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                rootVolumeSystemTags: body.wrapped?.rootVolumeSystemTags,
                dataVolumeSystemTags: body.wrapped?.dataVolumeSystemTags,
                reservedMemorySize: body.wrapped?.reservedMemorySize
            )
            return { try await handler.createVmInstanceFromVolumeSnapshotGroup(request) }
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
            let instanceOfferingUuid: String?
            let cpuNum: Int?
            let memorySize: Int64?
            let l3NetworkUuids: [String]?
            let type: CreateVmInstanceFromVolumeSnapshotGroupTypeValue?
            let zoneUuid: String?
            let clusterUuid: String?
            let hostUuid: String?
            let primaryStorageUuidForRootVolume: String?
            let defaultL3NetworkUuid: String?
            let strategy: CreateVmInstanceFromVolumeSnapshotGroupStrategy?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?
            let rootVolumeSystemTags: [String]?
            let dataVolumeSystemTags: [String: [String]]?
            let reservedMemorySize: Int64?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.instanceOfferingUuid = try object.optionalValue(String.self, forKey: "instanceOfferingUuid")
                self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
                self.memorySize = try object.optionalValue(Int64.self, forKey: "memorySize")
                self.l3NetworkUuids = try object.optionalValue([String].self, forKey: "l3NetworkUuids")
                self.type = try object.optionalValue(
                    CreateVmInstanceFromVolumeSnapshotGroupTypeValue.self,
                    forKey: "type"
                )
                self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
                self.clusterUuid = try object.optionalValue(String.self, forKey: "clusterUuid")
                self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
                self.primaryStorageUuidForRootVolume = try object.optionalValue(
                    String.self,
                    forKey: "primaryStorageUuidForRootVolume"
                )
                self.defaultL3NetworkUuid = try object.optionalValue(String.self, forKey: "defaultL3NetworkUuid")
                self.strategy = try object.optionalValue(
                    CreateVmInstanceFromVolumeSnapshotGroupStrategy.self,
                    forKey: "strategy"
                )
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.rootVolumeSystemTags = try object.optionalValue([String].self, forKey: "rootVolumeSystemTags")
                self.dataVolumeSystemTags = try object.optionalValue(
                    [String: [String]].self,
                    forKey: "dataVolumeSystemTags"
                )
                self.reservedMemorySize = try object.optionalValue(Int64.self, forKey: "reservedMemorySize")
            }
        }
    }
}
