import ZStackSDK

/// The server side of ``CreateVmInstance``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances`, asynchronous.
nonisolated enum CreateVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVmInstance.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let instanceOfferingUuid = try body.wrappedField(String.self, "instanceOfferingUuid")
                let imageUuid = try body.wrappedField(String.self, "imageUuid")
                let l3NetworkUuids = try body.wrappedField([String].self, "l3NetworkUuids")
                let vmNicParams = try body.wrappedField(String.self, "vmNicParams")
                let type = try body.wrappedField(CreateVmInstanceTypeValue.self, "type")
                let rootDiskOfferingUuid = try body.wrappedField(String.self, "rootDiskOfferingUuid")
                let dataDiskSizes = try body.wrappedField([Int64].self, "dataDiskSizes")
                let dataDiskOfferingUuids = try body.wrappedField([String].self, "dataDiskOfferingUuids")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let clusterUuid = try body.wrappedField(String.self, "clusterUuid")
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                let primaryStorageUuidForRootVolume = try body.wrappedField(
                    String.self,
                    "primaryStorageUuidForRootVolume"
                )
                let description = try body.wrappedField(String.self, "description")
                let defaultL3NetworkUuid = try body.wrappedField(String.self, "defaultL3NetworkUuid")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let strategy = try body.wrappedField(CreateVmInstanceStrategy.self, "strategy")
                let rootVolumeSystemTags = try body.wrappedField([String].self, "rootVolumeSystemTags")
                let dataVolumeSystemTags = try body.wrappedField([String].self, "dataVolumeSystemTags")
                let cpuNum = try body.wrappedField(Int.self, "cpuNum")
                let memorySize = try body.wrappedField(Int64.self, "memorySize")
                let rootDiskSize = try body.wrappedField(Int64.self, "rootDiskSize")
                let dataVolumeSystemTagsOnIndex = try body.wrappedField(
                    [String: [String]].self,
                    "dataVolumeSystemTagsOnIndex"
                )
                let sshKeyPairUuids = try body.wrappedField([String].self, "sshKeyPairUuids")
                let dataVolumeTemplateUuids = try body.wrappedField([ZStackJSONValue].self, "dataVolumeTemplateUuids")
                let diskAOs = try body.wrappedField([ZStackJSONValue].self, "diskAOs")
                let platform = try body.wrappedField(String.self, "platform")
                let guestOsType = try body.wrappedField(String.self, "guestOsType")
                let architecture = try body.wrappedField(String.self, "architecture")
                let reservedMemorySize = try body.wrappedField(Int64.self, "reservedMemorySize")
                let virtio = try body.wrappedField(Bool.self, "virtio")
                return CreateVmInstance.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    instanceOfferingUuid: instanceOfferingUuid,
                    imageUuid: imageUuid,
                    l3NetworkUuids: l3NetworkUuids,
                    vmNicParams: vmNicParams,
                    type: type,
                    rootDiskOfferingUuid: rootDiskOfferingUuid,
                    dataDiskSizes: dataDiskSizes,
                    dataDiskOfferingUuids: dataDiskOfferingUuids,
                    zoneUuid: zoneUuid,
                    clusterUuid: clusterUuid,
                    hostUuid: hostUuid,
                    primaryStorageUuidForRootVolume: primaryStorageUuidForRootVolume,
                    description: description,
                    defaultL3NetworkUuid: defaultL3NetworkUuid,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    strategy: strategy,
                    rootVolumeSystemTags: rootVolumeSystemTags,
                    dataVolumeSystemTags: dataVolumeSystemTags,
                    cpuNum: cpuNum,
                    memorySize: memorySize,
                    rootDiskSize: rootDiskSize,
                    dataVolumeSystemTagsOnIndex: dataVolumeSystemTagsOnIndex,
                    sshKeyPairUuids: sshKeyPairUuids,
                    dataVolumeTemplateUuids: dataVolumeTemplateUuids,
                    diskAOs: diskAOs,
                    platform: platform,
                    guestOsType: guestOsType,
                    architecture: architecture,
                    reservedMemorySize: reservedMemorySize,
                    virtio: virtio
                )
            }
            return { try await handler.createVmInstance(request) }
        }
    }
}
