public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeInstanceOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeInstanceOfferingExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "eb2fa10be3fe54fac6694682b3bc7cf0",
            "name": "name",
            "description": "description",
            "zoneUuid": "5f5d18f47301bc248cf5e3720f5bc5e2",
            "clusterUuid": "521d7bd3fd7a345dc016ab27d62b349e",
            "imageUuid": "f83c4a5eb93fe2cc43a47671c1c63e0b",
            "hostUuid": "302485c4c2ca5b50720a6bbf1e3bce82",
            "lastHostUuid": "d9f6ed77fc67dfb463b5c76dd7cb797d",
            "instanceOfferingUuid": "a37fd7f31fb4b47f25617c0862590a4d",
            "rootVolumeUuid": "b85cd1e9dca69e262f3b84fa61b49f36",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "8bd17a085e8e2a5006006eb9649ed0ca",
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
                "uuid": "4f5bd006b55d50a6dee2539e9731751f",
                "vmInstanceUuid": "16c6d9ebb937e896bf7721e6bf37a500",
                "l3NetworkUuid": "53c269d47726f79c62e286808ffb3c82",
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
                    "uuid": "add1df1e40686bfe49b5a3e05acc6f6b",
                    "ipRangeUuid": "2c416e16d1d35e51dc49992cefcd5a5c",
                    "l3NetworkUuid": "00e45fc74edbfcc48649b618f5a83021",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "38543e340ef7a138530c4c0980ff5f71",
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
                "uuid": "9bed6763f0d1fb965983d1c85eca564d",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "b794f06c0446c053aa3f8aeacd3827af",
                "vmInstanceUuid": "4de63050dbd4446617b1a31fdda73f56",
                "diskOfferingUuid": "34e70cb46bba8e25bf65c8bece4833f5",
                "rootImageUuid": "9998e35be68ca16cfb1d51026a589677",
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
                "lastVmInstanceUuid": "2fb167cc8ee7ea264fbd470aaf965e76"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "a44999275913e60be8d76f5e961b6166",
                "vmInstanceUuid": "798bc3da3e22572f11df338a12d7b394",
                "deviceId": 1,
                "isoUuid": "083a752e288c1cfd60062891599dbd32",
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
    public func changeInstanceOffering(
        _ request: ChangeInstanceOffering.Request
    ) async throws -> ChangeInstanceOffering.Response {
        try Self.example(ChangeInstanceOffering.Response.self, json: Self.changeInstanceOfferingExample)
    }
}
