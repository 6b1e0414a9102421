public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVmInstanceFromVolumeSnapshotGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVmInstanceFromVolumeSnapshotGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "5433b94baa79d839924a08f63bfa50fb",
            "name": "name",
            "description": "description",
            "zoneUuid": "2fa7a350b8cb0ce74c2626d5e5d1fdc3",
            "clusterUuid": "bea0e188ddf0383c3a3074f6c85ac6e6",
            "imageUuid": "df95d4af7c4e9c0d42b642adb5842369",
            "hostUuid": "a059900bf5b38153a67b1dba6bf5d971",
            "lastHostUuid": "5126e66fa5883277108b9f261dd6aa4b",
            "instanceOfferingUuid": "0141c29c304cf99cc4f98cb4517b7c69",
            "rootVolumeUuid": "79b4c577b27844b9ff7c2bcd14b854cd",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "d892e99d7de21e9329723ba2d14b378f",
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
                "uuid": "a7b3ceac20ff59996e2d7ca640550f62",
                "vmInstanceUuid": "5a31217e8beb3f15b22bae2b1278898a",
                "l3NetworkUuid": "d59b11ba96151add77ba1ef158263361",
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
                    "uuid": "88a567f08e8dde5f1fb0ebcd72516d16",
                    "ipRangeUuid": "37c88a5d49a0ef520ec9d5ad4f7d5070",
                    "l3NetworkUuid": "4b1683e00759fa631cc4721a1ee18b39",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "c3ae07ef0487c7872aa7cc1c276a3530",
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
                "uuid": "8c85a04905de9751dbe1635af6b9f7ad",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "49a904aadd1fdf7020fb3fe6db68f354",
                "vmInstanceUuid": "ce0a037cec8e6425ad96a43fbeb2a2e6",
                "diskOfferingUuid": "83739d4bd0c7f51a3a2899455b13ebea",
                "rootImageUuid": "a40d23af9f9659ed628c1bc2874ae52b",
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
                "lastVmInstanceUuid": "69a1bfe3ac5632a5cb863b31747b8999"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "b85f52eb4176bde85417872aedd28dc5",
                "vmInstanceUuid": "f4b26883acc368a81340b3eb376e618e",
                "deviceId": 1,
                "isoUuid": "4f04ba6bd59f253c3de2c4d1052c7e8d",
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
    public func createVmInstanceFromVolumeSnapshotGroup(
        _ request: CreateVmInstanceFromVolumeSnapshotGroup.Request
    ) async throws -> CreateVmInstanceFromVolumeSnapshotGroup.Response {
        try Self.example(CreateVmInstanceFromVolumeSnapshotGroup.Response.self, json: Self.createVmInstanceFromVolumeSnapshotGroupExample)
    }
}
