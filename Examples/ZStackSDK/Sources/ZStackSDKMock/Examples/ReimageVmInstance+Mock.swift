public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ReimageVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let reimageVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "503aa2ee5dc279be1918ddbd3238b127",
            "name": "name",
            "description": "description",
            "zoneUuid": "dd1eb98d124b1d749ec9e90c2966eb7c",
            "clusterUuid": "4d3f2c3b544cfc59a830b1181cc215e2",
            "imageUuid": "da457c58d8794534a581240cdb4aa46f",
            "hostUuid": "20bb0e7e2d85f3946b9b5e87c708531e",
            "lastHostUuid": "9c0d9c72cde32d0411fdbcf236178340",
            "instanceOfferingUuid": "1d643edc8c51986b39ed4712f8fcf4a3",
            "rootVolumeUuid": "a343187caf05c7d28aa9dc9f7fb84f16",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "5ef8e9d7d70a8598d3fef52f4802cb15",
            "type": "type",
            "hypervisorType": "hypervisorType",
            "memorySize": 1,
            "cpuNum": 1,
            "cpuSpeed": 1,
            "allocatorStrategy": "allocatorStrategy",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "state": "state",
            "vmNics": [
              {
                "uuid": "57f04b5fe773eea6a75b5dd8e82e3d3a",
                "vmInstanceUuid": "84d3410b9bcb5466274b93877c766e8d",
                "l3NetworkUuid": "0bbd2df748784a2c27bf576e52f16796",
                "ip": "ip",
                "mac": "mac",
                "hypervisorType": "hypervisorType",
                "netmask": "netmask",
                "gateway": "gateway",
                "metaData": "metaData",
                "ipVersion": 1,
                "driverType": "driverType",
                "usedIps": [
                  {
                    "uuid": "04ae1392463a68963bf64eb8e4d4705b",
                    "ipRangeUuid": "9e4b4a022fb1dbbdb444bca9b46c09d0",
                    "l3NetworkUuid": "b76c096cef42186ca20421e4865b062e",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "07f3717c96c9228465cdbb17014b4be3",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "internalName": "internalName",
                "deviceId": 1,
                "type": "type",
                "state": "state",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "allVolumes": [
              {
                "uuid": "82d6ab643308462e394ccad256a16a52",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "67f7ff0210e3d70faab9bffb30c46e14",
                "vmInstanceUuid": "53d7f621aaca028ea43675ec6b447fc7",
                "diskOfferingUuid": "af8e3246625b414d3637d8bad8c8d442",
                "rootImageUuid": "c0348049ab603568eb07c047450958ac",
                "installPath": "installPath",
                "type": "type",
                "format": "format",
                "size": 1,
                "actualSize": 1,
                "deviceId": 1,
                "state": "state",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "isShareable": true,
                "volumeQos": "volumeQos",
                "lastDetachDate": "Jan 6, 2017 3:51:16 AM",
                "lastVmInstanceUuid": "198c0a273b55f5ca82684aabe323c5b7"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "e862e0d6abc90d17f9ef1b85e99747e1",
                "vmInstanceUuid": "b02fb3ff9851cf7bee25315faec54fb6",
                "deviceId": 1,
                "isoUuid": "9960e6517c804905e85f6925995dbfff",
                "isoInstallPath": "isoInstallPath",
                "name": "name",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "guestOsType": "guestOsType"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func reimageVmInstance(
        _ request: ReimageVmInstance.Request
    ) async throws -> ReimageVmInstance.Response {
        try Self.example(ReimageVmInstance.Response.self, json: Self.reimageVmInstanceExample)
    }
}
