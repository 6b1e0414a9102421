public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVmInstanceFromVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVmInstanceFromVolumeSnapshotExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "79ef8b927fb3c69dab0bc774b253f898",
            "name": "name",
            "description": "description",
            "zoneUuid": "b7a00ea7c0d7bf97bef9c34c5677ed69",
            "clusterUuid": "898b6111531c3f8420dd318649ec1bec",
            "imageUuid": "b7b5b4e5bf2d55b15ed4572cb59d9db5",
            "hostUuid": "53630d76ec1ab3f333702ba79c85448a",
            "lastHostUuid": "8a124c5af23a030f3201baaff02cf2c6",
            "instanceOfferingUuid": "360a8631ac1fe400190e51351ccb301a",
            "rootVolumeUuid": "3d06860d9eb032c926cb528c6b70fbd4",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "e3655f558bf3b0e30bc61feeb07952f6",
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
                "uuid": "99215d2699f033299d54c5759cf4de14",
                "vmInstanceUuid": "6c95e2b4adf8926969c228746fc80fb8",
                "l3NetworkUuid": "918802dd30f2ccf55d4820f119967592",
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
                    "uuid": "575b7b04ba05e4fb132eaf77580e8eab",
                    "ipRangeUuid": "ff46e83c78296aa6904d73da9bd9d166",
                    "l3NetworkUuid": "cb60d33397ad867fe5616b9d62aba8c6",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "247111049b7490d33d270dc4e3a94e09",
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
                "uuid": "8fea5a766f30d99d93fd6a65090524a3",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "3aa0ab1f9508e980788b36d3ea98d703",
                "vmInstanceUuid": "8c302b7d95364255ab28eea40f2a67b9",
                "diskOfferingUuid": "1007ac27acbe673ac58a2a2e929e32a4",
                "rootImageUuid": "1ed0ba7ade6d751d182a875714a663d9",
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
                "lastVmInstanceUuid": "438b64754ca5c7b51ddb853dd3809900"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "142f984b3dd495803cb0e49ce5b89b05",
                "vmInstanceUuid": "bbb0c838c992ce74926191f7e1856c63",
                "deviceId": 1,
                "isoUuid": "45ba2434e36b032802f74216d938d1f0",
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
    public func createVmInstanceFromVolumeSnapshot(
        _ request: CreateVmInstanceFromVolumeSnapshot.Request
    ) async throws -> CreateVmInstanceFromVolumeSnapshot.Response {
        try Self.example(CreateVmInstanceFromVolumeSnapshot.Response.self, json: Self.createVmInstanceFromVolumeSnapshotExample)
    }
}
